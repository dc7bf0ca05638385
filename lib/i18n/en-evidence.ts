/**
 * English text of evidence that can be handed over safely: what a bundle proves, redaction in
 * exports, imports, files from outside the browser, waiting snapshots and the in-page prompt's
 * safeguards. Merged into the UI catalogue (`lib/i18n/en.ts`); every key needs a Simplified
 * Chinese translation in `zh-CN-evidence.ts` (type-checked).
 */
export const evidenceEn = {
  'report.redactedScreenshot': 'Redacted screenshot',
  'report.addedAt': 'Added (local time)',
  'report.scope.all': 'It holds every record the device had.',
  'report.scope.selected': 'It holds records the person selected, not all of them.',
  'report.scope.case': 'It holds the evidence linked to one complaint case.',
  'report.provesTitle': 'What this bundle proves, and what it does not',
  'report.proves':
    'It proves that each file is exactly the file that was stored (its SHA-256 is listed in manifest.json and is its name) and that each record has not been changed since it was stored on the device that saved it (its record hash, and the link to the record before it).',
  'report.doesNotProve':
    'It does not prove who made a record, or when: times come from the saving device’s clock, and anyone can build a bundle that checks out on its own. Records that the exporting device imported from elsewhere are marked as imported.',
  'report.chainHead':
    'When this bundle was exported, the device’s own chain ({chain}) held {count} record(s), the last with record hash {hash}. This bundle holds {included} of them; records deleted on the device are listed in the access log in manifest.json.',
  'report.noChainHead': 'The exporting device had not saved any evidence of its own yet.',
  'report.containsTitle': 'What this bundle contains',
  'report.choice.redacted':
    'Records with a redacted copy are exported as that copy. Their originals, page copies and page text stayed on the device, because they show what was blacked out or masked.',
  'report.choice.originals':
    'The originals of redacted records are included, as the person chose: what was blacked out or masked can be seen in them.',
  'report.choice.pageCopiesIn':
    'Exact copies of pages (MHTML) are included, as the person chose. They are faithful copies and may contain session data, such as account details and hidden sign-in tokens.',
  'report.choice.pageCopiesOut':
    'Exact copies of pages (MHTML) were left out. Screenshots, page text and cleaned page copies (HTML without scripts) are included.',
  'report.origin.captured': 'Saved on the exporting device.',
  'report.origin.file': 'A file the person added from outside the browser.',
  'report.origin.imported':
    'Imported by the exporting device on {at}, from the bundle file “{name}” (SHA-256 {sha}), which says it was exported {exported}. It was not captured on that device.',
  'report.file.category': 'What it is',
  'report.file.description': 'Description',
  'report.file.occurredAt': 'When it happened (as the person gave it)',
  'report.file.cameFrom': 'Where it came from',
  'report.file.name': 'File name',
  'report.file.type': 'Type (from its content)',
  'report.inBundle': 'in this bundle: {path}',
  'report.leftOut.redacted': 'left out: its redacted copy is in the bundle instead',
  'report.leftOut.redactedRecordPage': 'left out: it would show what was redacted',
  'report.leftOut.pageCopy': 'left out: exact page copies were not included',
  'report.leftOut.notHeld': 'not held by the exporting device',
  'report.masked':
    'Card numbers, e-mail addresses and phone numbers in this record’s address, title or details were masked for export. Its record hash belongs to the unmasked record, so it cannot be checked from this bundle.',

  'outside.category.statement': 'Statement or transaction record',
  'outside.category.email': 'E-mail',
  'outside.category.chat': 'Chat record',
  'outside.category.photo': 'Photo or screenshot from a phone',
  'outside.category.other': 'Other document',

  'import.problem.unsafePath': 'the bundle holds a file with an unsafe name ({subject})',
  'import.problem.duplicateEntry': 'the bundle holds {subject} twice',
  'import.problem.unexpectedEntry':
    'the bundle holds a file its manifest does not list ({subject})',
  'import.problem.sizeMismatch': 'the size of {subject} is not what the bundle declares',
  'import.problem.tooLarge': '{subject} is larger than Wallet Assist accepts',

  'shortcut.saved.title': 'Evidence saved',
  'shortcut.saved':
    '{count} file(s) saved on this device (SHA-256 {hash}…). Click to open the evidence locker.',
  'shortcut.failed.title': 'Evidence not saved',

  'cases.field.unconfirmed': 'Read from the page — check',
  'cases.facts.unconfirmed':
    'Fields marked “Read from the page — check” were copied from the wallet page and may be wrong or even planted by a scam. They stay out of the description until you check them: correct them if needed, then save.',
  'cases.facts.confirm': 'Checked — save',

  'options.evidence.screenshot': 'Include a screenshot of that moment',
  'options.evidence.screenshot.why':
    'Browsers let an extension take a screenshot only right after you click its button, or when it is allowed to access every site. Switching this on asks your browser for that access, used only for this screenshot: Wallet Assist still reads only the supported wallet sites, and nothing leaves your device. You can switch it off here at any time.',
  'options.evidence.screenshot.denied':
    'The browser did not give the permission, so no screenshot is taken at the moment of detection. The error text and that part of the page are still kept.',

  'prompt.covered':
    'Something on the page is covering this card, so its buttons are paused until it can be seen in full.',
  'silence.notice':
    'The in-page prompt was turned off for {host} from the page itself ({time}). If you did not mean to, undo it.',
  'silence.notice.always': 'It will stay off for good.',
  'silence.notice.until': 'It stays off until {time}.',
  'silence.undo': 'Undo: show the prompt again',
  'silence.keep': 'Keep it off',
  'silence.undone': 'The prompt will appear again on {host}.',

  'export.title': 'Export {count} record(s)',
  'export.files': '{count} file(s) will go into the ZIP, each listed with its SHA-256.',
  'export.redacted': '{count} record(s) have a redacted copy',
  'export.redacted.out':
    'Their redacted copies go into the ZIP. {count} original file(s) (screenshots, page copies, page text) stay on this device, because they show what you blacked out or masked.',
  'export.redacted.in':
    'The originals go into the ZIP as well: anyone who gets it will see what you blacked out or masked.',
  'export.originals': 'Also include the originals (unredacted)',
  'export.pageCopies': '{count} exact copy(ies) of pages (MHTML)',
  'export.pageCopies.warning':
    'An exact copy is the page as your browser held it, and may contain session data: account details, hidden sign-in or security tokens. Include it only for someone you trust with your account.',
  'export.pageCopies.include': 'Include the exact page copies',
  'export.report':
    'The ZIP includes report.html, which shows what is in it, what was left out and why, and what the bundle can and cannot prove.',
  'export.download': 'Download the ZIP',
  'export.cancel': 'Cancel',

  'addFile.title': 'Add a file from outside the browser…',
  'addFile.intro':
    'A statement from your bank or wallet (PDF), an e-mail saved as .eml, a photo or screenshot from your phone, or a chat exported as text or pictures. Its type is checked from its content; it gets a SHA-256 and joins the hash chain like a capture.',
  'addFile.file': 'File',
  'addFile.category': 'What it is',
  'addFile.provider': 'Wallet (if it concerns one)',
  'addFile.description': 'Description',
  'addFile.occurredAt': 'When it happened',
  'addFile.cameFrom': 'Where it came from (for example “e-mail from PayPal”)',
  'addFile.add': 'Add to the locker',
  'addFile.pick': 'Choose a file first.',
  'addFile.progress': 'Storing and hashing: {done} of {total}…',
  'addFile.added': 'Added. SHA-256 {hash}…',
  'addFile.unsupported':
    'This file was not added: by its content it is not a PDF, an e-mail, a picture or text. Nothing was kept.',
  'addFile.tooLarge': 'This file was not added: it is larger than {max}. Nothing was kept.',

  'capture.pendingDropped':
    'To make room, {count} waiting snapshot(s) of the moment a problem appeared were deleted.',
  'locker.droppedRoom':
    '{count} waiting snapshot(s) of the moment a problem appeared were deleted to make room for evidence you saved.',
  'locker.droppedCap':
    '{count} older waiting snapshot(s) were deleted to keep them within the space set aside for them.',
  'locker.droppedOk': 'OK',
  'locker.importedBadge': 'imported {date}',
  'locker.detail.capturedHere': 'Saved on this device.',
  'locker.detail.addedHere': 'A file you added from outside the browser.',
  'locker.detail.imported':
    'Imported on {at} from the bundle “{name}”, which says it was exported {exported}. Not captured on this device: it is not part of your own chain.',
  'locker.detail.bundle': 'SHA-256 of the bundle file',
  'locker.mhtmlNote': 'exact copy of the page; may contain session data',
  'locker.verifyCounts': 'Your own records: {own}. Imported records, checked apart: {imported}.',
  'locker.verifyUnverifiable':
    '{count} imported record(s) had details masked by whoever exported them and cannot be checked.',
  'locker.proves':
    'What the check proves: no record was changed, and none of your own was removed without a logged deletion, since it was stored. It does not prove who made a record or when: times come from this device’s clock.',
  'cases.timeline.file': 'File in the evidence: {label}',
} as const;
