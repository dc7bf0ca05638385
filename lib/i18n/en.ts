import { casesEn } from './en-cases';
import { evidenceEn } from './en-evidence';

/**
 * English UI text. This file defines the set of keys: every other locale must translate each
 * one (enforced by the type of `zh-CN.ts` and by the parity test).
 */
export const en = {
  'app.name': 'Wallet Assist',
  'app.tagline': 'Help for failed payments and locked accounts',

  'state.payment_failed': 'Payment failed',
  'state.account_locked': 'Account locked or limited',
  'state.limit_exceeded': 'Limit reached',
  'state.funds_missing': 'Money not arrived',
  'state.unauthorized_activity': 'Activity you don’t recognise',
  'state.refund_issue': 'Refund problem',
  'state.none': 'Nothing wrong detected',

  'state.payment_failed.lead':
    'This payment seems to have failed. Work through these steps before you try again.',
  'state.account_locked.lead':
    'Your account seems to be locked or limited. This is usually fixable: here is how.',
  'state.limit_exceeded.lead': 'A limit seems to have stopped this payment.',
  'state.funds_missing.lead': 'Money you sent or expected seems not to have arrived.',
  'state.unauthorized_activity.lead':
    'There may be activity on your account that you did not make. Act now.',
  'state.refund_issue.lead': 'A refund seems to be stuck or refused.',
  'state.none.lead':
    'Wallet Assist is watching this page. If something goes wrong, it will show you what to do.',

  'popup.provider': 'Wallet',
  'popup.unsupported': 'This page is not a supported wallet site.',
  'popup.unsupported.hint':
    'Open your wallet’s website (for example PayPal, Alipay or Wise) and Wallet Assist will help there.',
  'popup.supported': 'Supported wallets',
  'popup.detectedAt': 'Detected {time}',
  'popup.loading': 'Loading…',
  'popup.checklist': 'What to do now',
  'popup.checklist.none':
    'If a payment fails or your account gets locked, the steps will appear here.',

  'contacts.title': 'Official contacts',
  'contacts.openContactPage': 'Open the official contact page',
  'contacts.helpCentre': 'Help centre',
  'contacts.complaints': 'Complaints',
  'contacts.phones': 'Phone',
  'contacts.callbackOnly': 'Genuine callbacks come only from',
  'contacts.inApp': 'In the app',
  'contacts.email': 'E-mail',
  'contacts.source': 'source',
  'contacts.confidence.high': 'confirmed on an official page',
  'contacts.confidence.medium-high': 'from an official copy',
  'contacts.confidence.medium': 'check before calling',
  'contacts.warning':
    'Only use contacts shown here or inside the wallet’s own app. Numbers on other websites, ads or messages are a common scam.',
  'contacts.neverAsk': 'The real {provider} never does this',

  'capture.button': 'Save evidence (screenshot)',
  'capture.busy': 'Saving…',
  'capture.saved': 'Saved. SHA-256 {hash}…',
  'capture.failed': 'Not saved: {error}',
  'capture.recent': 'Recent evidence',
  'capture.none': 'Nothing saved yet. Evidence stays on this device.',

  'error.invalidMessage': 'Wallet Assist received a request it does not understand.',
  'error.forbidden': 'This request is not allowed from here.',
  'error.internal': 'Something went wrong inside Wallet Assist. Nothing was changed.',
  'error.tabGone': 'That tab is closed, so nothing was captured.',
  'error.tabNotVisible':
    'Only the tab you are looking at can be captured. Switch to it and try again.',
  'error.pageNotCapturable': 'This page cannot be captured.',
  'error.captureDenied':
    'The browser did not allow a screenshot. Click the Wallet Assist button in the toolbar on that page, then try again.',
  'error.storage': 'The evidence could not be stored. Nothing was saved; please try again.',

  'badge.title': 'Wallet Assist — {state}',

  'check.payment_failed.network':
    'Check your connection first: a weak or dropped network is one of the most common reasons a payment does not go through.',
  'check.payment_failed.balance':
    'Then check the balance or the card you chose, and make sure enough money is available for this amount.',
  'check.payment_failed.merchant':
    'If both are fine, the fault may be on the merchant’s side: its payment connection can fail too. Do not pay again until you know whether the first attempt was charged.',
  'check.payment_failed.record':
    'Write down the time, the amount and the merchant’s name, and save a screenshot with the button below.',
  'check.payment_failed.contact':
    'Contact the wallet’s official support with those details and note what they tell you.',
  'check.payment_failed.patience':
    'Most failed payments are sorted out quickly. Stay patient and keep your notes until it is resolved.',

  'check.account_locked.calm':
    'Stay calm. Wallets lock or limit an account automatically when something looks unusual; it protects your money and can usually be undone.',
  'check.account_locked.instructions':
    'Follow the steps the wallet itself shows you, in its own app or on its own website, and nowhere else.',
  'check.account_locked.contact':
    'Contact official support through the contacts below, never through a number from an ad, a search result or a message.',
  'check.account_locked.identity':
    'Prepare proof that the account is yours: an identity document, the phone number and e-mail on the account, and recent payments you can describe.',
  'check.account_locked.record':
    'Ask which documents are needed and how long the review takes; write down the agent’s name, employee number and the reference number.',
  'check.account_locked.provider':
    'Each wallet unlocks accounts in its own way; its official steps are the fastest way back.',

  'check.limit_exceeded.which':
    'Find out which limit was reached: per payment, daily, monthly, or one for unverified accounts.',
  'check.limit_exceeded.wait':
    'Wait for the limit to reset, or split the payment only if the wallet’s rules allow it.',
  'check.limit_exceeded.verify':
    'Completing verification in the wallet’s own app often raises the limit.',
  'check.limit_exceeded.contact':
    'If the limit looks wrong, contact official support with the time, amount and message shown.',

  'check.funds_missing.status':
    'Open the transaction in the wallet and note its status and reference number.',
  'check.funds_missing.details':
    'Check the recipient details and the expected arrival time the wallet gave you.',
  'check.funds_missing.record':
    'Write down the time, amount, recipient and reference, and save a screenshot.',
  'check.funds_missing.contact':
    'If it is late, contact official support with those details and ask when it will arrive or be returned.',

  'check.unauthorized_activity.secure':
    'Change your password now and turn on two-step verification.',
  'check.unauthorized_activity.report':
    'Report the activity to the wallet through its official contacts at once: reporting quickly protects your rights to a refund.',
  'check.unauthorized_activity.card': 'If a linked bank card was used, tell your bank too.',
  'check.unauthorized_activity.record':
    'Save evidence: the transactions, times, amounts, and any messages or e-mails you received.',
  'check.unauthorized_activity.codes':
    'Never share a one-time code or password with anyone who calls or writes to you, even if they claim to be support.',

  'check.refund_issue.request':
    'Request the refund inside the wallet or the merchant’s app, on the original payment.',
  'check.refund_issue.review':
    'The merchant reviews the request first; note when you asked and what they answered.',
  'check.refund_issue.policy':
    'Read the refund policy of the wallet and of the merchant: time limits and rules differ.',
  'check.refund_issue.contact':
    'If the merchant does not respond, contact the wallet’s official support with the order details.',

  'tips.title': 'When you contact support',
  'tips.precise':
    'Describe the problem precisely: when it happened, the amount, the device you used and the merchant.',
  'tips.record': 'Write down the agent’s name, employee number and the solution they offer.',
  'tips.followUp': 'If it is not solved, follow up regularly and ask about progress.',
  'tips.calm': 'Stay calm and polite: it usually gets things solved faster.',

  ...casesEn,
  ...evidenceEn,
  'prompt.label': 'Wallet Assist',
  'prompt.message.payment_failed': 'This payment seems to have failed — Wallet Assist can help.',
  'prompt.message.account_locked':
    'Your account seems to be locked or limited — Wallet Assist can help.',
  'prompt.message.limit_exceeded':
    'A limit seems to have stopped this payment — Wallet Assist can help.',
  'prompt.message.funds_missing': 'Your money seems not to have arrived — Wallet Assist can help.',
  'prompt.message.unauthorized_activity':
    'There may be activity you did not make — Wallet Assist can help.',
  'prompt.message.refund_issue': 'A refund seems to be stuck — Wallet Assist can help.',
  'prompt.openHelp': 'Open help',
  'prompt.saveEvidence': 'Save evidence now',
  'prompt.saving': 'Saving…',
  'prompt.saved': 'Evidence saved on this device.',
  'prompt.saveFailed': 'Not saved. Open help and try again from there.',
  'prompt.dismiss': 'Dismiss',
  'prompt.snoozeDay': 'Not on this site for a day',
  'prompt.snoozeAlways': 'Never on this site',
  'prompt.snoozed': 'Wallet Assist will stay quiet on this site. The toolbar button still works.',

  'panel.title': 'Wallet Assist help',
  'panel.startCase': 'Start a complaint case',
  'panel.startCase.hint': 'Keeps the facts, your evidence and every call in one place.',
  'panel.options': 'Settings and privacy',
  'panel.openSidePanel': 'Keep help open beside the page',
  'panel.menu': 'Other problems and advice',
  'panel.menu.problems': 'Something wrong that was not detected',
  'panel.menu.advice': 'Advice',
  'panel.menu.back': 'Back to this page',
  'panel.manual': 'You chose this topic',
  'panel.callLog': 'Call notes',

  'checklist.progress': '{done} of {total} done',
  'checklist.remembered': 'Ticks are remembered for this tab until you close it.',

  'topic.security': 'Account security check',
  'topic.security.lead': 'A few habits that keep a wallet account safe.',
  'topic.password': 'Password safety',
  'topic.password.lead': 'The password is the first lock on your money.',
  'topic.refund': 'Getting a refund',
  'topic.refund.lead': 'How a refund usually goes, step by step.',
  'topic.findContact': 'Finding the official contact',
  'topic.findContact.lead': 'Where the real customer service can be found.',
  'topic.complainWell': 'Complaining well',
  'topic.complainWell.lead': 'What helps support solve your problem quickly.',
  'topic.afterComplaint': 'After you complain',
  'topic.afterComplaint.lead': 'Protecting your rights once the complaint is made.',

  'check.security.twoStep':
    'Turn on two-step verification, so a code by text or e-mail is needed to sign in or pay.',
  'check.security.encryption':
    'Use only the wallet’s official app or website: they encrypt your details and payments on the way.',
  'check.security.changePassword': 'Change your password from time to time.',
  'check.security.strongPassword':
    'Use a long password that is hard to guess and used for nothing else.',
  'check.security.publicNetwork':
    'Do not make important payments on public or shared Wi-Fi; wait until you are on a network you trust.',
  'check.security.limits':
    'Set payment limits and turn on alerts, so every payment is reported to you at once.',

  'check.password.complex':
    'Choose a complex password: long, mixing words, numbers and symbols, and not your birthday or phone number.',
  'check.password.notShared':
    'Never share it, and do not keep it where others can read it, such as a note on the phone or a message.',
  'check.password.notReused':
    'Give every account its own password: one leaked password must not open your wallet.',
  'check.password.oneTimeCodes':
    'On a device you do not usually use, sign in with a one-time code by text message, and change the password afterwards if in doubt.',

  'guide.findContact.website':
    'On the wallet’s official website, look for the “Contact us” or “Customer service” page.',
  'guide.findContact.app':
    'In the wallet’s app, open the help centre or customer-service section; the phone line is often listed there too.',
  'guide.findContact.social':
    'The wallet’s verified social-media accounts can also put you in touch with support through private messages.',
  'guide.findContact.guide':
    'The welcome guide or e-mail you received when you signed up often lists the support contacts.',
  'guide.findContact.choose':
    'For everyday problems, in-app chat is usually the fastest; for complicated ones, call so you can explain in detail.',

  'guide.after.result':
    'Ask for the outcome of your complaint and whether anything was actually done about it.',
  'guide.after.terms':
    'Know the user agreement and terms of the wallet: they say what you are entitled to.',
  'guide.after.evidence':
    'Keep every piece of proof: e-mails, chat records, transaction records and screenshots.',
  'guide.after.legal':
    'If your rights were harmed and the wallet does not put it right, you can use legal channels, such as a regulator or a court.',

  'contacts.order': 'Start here for common problems',
  'contacts.order.phone': 'Call for complicated problems',
  'contacts.copy': 'Copy',
  'contacts.copyNumber': 'Copy {number}',
  'contacts.copied': 'Copied',
  'contacts.call': 'Call {number}',
  'contacts.hours': 'Hours',

  'options.title': 'Wallet Assist settings',
  'options.language': 'Language',
  'options.language.auto': 'Same as the browser',
  'options.language.en': 'English',
  'options.language.zh-CN': '简体中文 (Simplified Chinese)',
  'options.snoozed': 'Sites where the in-page prompt is off',
  'options.snoozed.none': 'None. The prompt appears on every supported wallet site.',
  'options.snoozed.always': 'always',
  'options.snoozed.until': 'until {time}',
  'options.snoozed.remove': 'Show the prompt again on {host}',
  'options.providers': 'Wallets to watch',
  'options.providers.hint':
    'When a wallet is switched off, Wallet Assist shows no prompt on its pages. Help and contacts stay available in the popup.',
  'options.evidence': 'Evidence',
  'options.evidence.keepMoment':
    'Keep a record of the moment a problem is detected (stored only on this device)',
  'options.saved': 'Saved.',
  'options.saveFailed': 'Not saved: {error}',
  'options.invalid.title': 'Some settings could not be read',
  'options.invalid.intro':
    'Wallet Assist uses the default for these until you set them again. What was stored is kept aside unchanged: setting one again replaces it, or you can discard it.',
  'options.invalid.cases': 'Follow-up reminders',
  'options.invalid.all': 'All settings',
  'options.invalid.unknown': 'Unknown setting “{field}”',
  'options.invalid.discard': 'Discard what was kept for {field}',
  'options.newer':
    'These settings were saved by a newer version of Wallet Assist (settings version {version}; this version knows up to {known}). They are shown as far as this version can read them, and changes are not saved, so that nothing of them is overwritten. Update Wallet Assist to change your settings.',
  'options.privacy.title': 'Your data and privacy',
  'options.privacy.local':
    'Everything stays on this device. Wallet Assist sends nothing anywhere: no account, no analytics, no network requests of its own.',
  'options.privacy.reads':
    'It reads only the pages of the supported wallets, and only to notice a failed payment or a locked account.',
  'options.privacy.evidence':
    'Evidence you save is kept in the extension’s own storage in this browser until you delete it or remove the extension. Export what you need first.',
  'options.privacy.contacts':
    'Contacts and advice come from the extension’s own checked list, never from the pages you visit.',
  'options.welcome': 'What Wallet Assist does and how to start (the welcome page)',

  'welcome.title': 'Welcome to Wallet Assist',
  'welcome.lead':
    'Wallet Assist stays beside you on your web wallet’s site. If a payment fails or your account is locked or limited, it notices, tells you calmly what to check first, shows the wallet’s official contacts and keeps proof of what you saw.',
  'welcome.updated.title': 'What you should know about this update',
  'welcome.sites.title': 'Where it works',
  'welcome.sites.text':
    'It reads only pages on these wallets’ own websites, and only to notice trouble. It does nothing on other sites.',
  'welcome.pin.title': 'Keep its button in sight',
  'welcome.pin.chromium':
    'Click the Extensions button (the puzzle piece) at the right of the toolbar, then the pin next to Wallet Assist.',
  'welcome.pin.edge':
    'Click the Extensions button (the puzzle piece) in the toolbar, then the eye next to Wallet Assist (Show in toolbar).',
  'welcome.pin.firefox':
    'Click the Extensions button (the puzzle piece) in the toolbar, then the cog next to Wallet Assist, and choose Pin to Toolbar.',
  'welcome.pin.badge':
    'When something goes wrong on a wallet page, the button shows “!” and a small card on the page offers help. Click the button at any time for help with the page you are on.',
  'welcome.privacy.title': 'Nothing leaves your device',
  'welcome.privacy.local':
    'Wallet Assist sends nothing anywhere and makes no network requests of its own: no account, no tracking, no statistics.',
  'welcome.privacy.evidence':
    'The screenshots, page copies and complaint cases you save stay in this browser profile, in the extension’s own storage: the evidence locker and the cases page show them.',
  'welcome.privacy.uninstall':
    'Uninstalling the extension deletes them. If you might need them later, export them first.',
  'welcome.openLocker': 'Open the evidence locker',
  'welcome.choices.title': 'Your choices',
  'welcome.choices.hint': 'You can change these at any time under Settings and privacy.',
  'welcome.moreSettings': 'More settings: which wallets to watch, sites where the card is off',
  'welcome.done': 'Done',
  'error.storageFull':
    'There is no room left on this device for evidence. Nothing was saved. Export and delete older evidence, or free some disk space.',

  'capture.fullPage': 'Save the whole page',
  'capture.progress': 'Capturing the page: screen {done} of {total}…',
  'capture.needsClick':
    'The page and its text were saved. For a screenshot, click the Wallet Assist toolbar button (or press Alt+Shift+S) and save again.',
  'capture.fullPageCut':
    'The page is very long: the first part was captured; the snapshot holds the whole page.',
  'capture.openLocker': 'Open the evidence locker',
  'capture.pending':
    'A snapshot of the moment the problem appeared is waiting. It is deleted after 24 hours unless you keep it.',
  'capture.keep': 'Keep it',
  'capture.discard': 'Discard',
  'capture.kept': 'Kept in the evidence locker.',

  'report.title': 'Wallet Assist evidence report',
  'report.summary': '{count} capture(s), exported {at}.',
  'report.howToVerify':
    'Every file in this bundle is listed in manifest.json with its SHA-256. To check a file, compute its SHA-256 (for example with "sha256sum" or "certutil -hashfile <file> SHA256") and compare. Each record also carries the hash of the record before it, so a changed or missing record is detected.',
  'report.screenshot': 'Screenshot',
  'report.noScreenshot': 'No screenshot was taken for this capture.',
  'report.url': 'Address (URL)',
  'report.capturedAt': 'Captured (local time)',
  'report.capturedAtUtc': 'Captured (UTC)',
  'report.provider': 'Wallet',
  'report.state': 'Detected problem',
  'report.browser': 'Browser and system',
  'report.extension': 'Extension version',
  'report.notes': 'Notes',
  'report.hashes': 'SHA-256 hashes',
  'report.recordHash': 'Record hash',
  'report.prevHash': 'Previous record hash',

  'locker.title': 'Evidence locker',
  'locker.intro':
    'Everything here stays on this device. Uninstalling the extension deletes it: export what you need.',
  'locker.filter.provider': 'Wallet',
  'locker.filter.state': 'Problem',
  'locker.filter.case': 'Case',
  'locker.filter.from': 'From',
  'locker.filter.to': 'To',
  'locker.filter.all': 'All',
  'locker.count': '{shown} of {total} shown',
  'locker.none': 'No evidence saved yet.',
  'locker.select': 'Select',
  'locker.selectAll': 'Select all shown',
  'locker.exportSelected': 'Export selected ({count})',
  'locker.exportAll': 'Export all',
  'locker.exported': 'Exported {count} record(s) to {file}.',
  'locker.import': 'Import a bundle…',
  'locker.imported': 'Imported {imported} record(s); {present} were already here.',
  'locker.importFailed': 'The bundle was not imported, nothing was changed: {problem}',
  'locker.delete': 'Delete',
  'locker.deleteConfirm': 'Delete this evidence for good? The deletion is logged.',
  'locker.deleted': 'Deleted.',
  'locker.verify': 'Verify the hash chain',
  'locker.verifyOk': 'All {count} record(s) check out: every hash and every link holds.',
  'locker.verifyBroken': 'Broken at record {id} (number {seq}): {reason}.',
  'locker.reason.hash-mismatch': 'the record was changed after it was saved',
  'locker.reason.link-mismatch': 'it does not follow the record before it',
  'locker.reason.missing-records': 'records before it are missing and no deletion was logged',
  'locker.usage': 'Storage used: {used} of about {quota} available.',
  'locker.persisted': 'The browser keeps this storage even when space runs low.',
  'locker.notPersisted':
    'The browser may clear this storage when space runs low: export regularly.',
  'locker.reminder':
    'Some evidence has not been exported for 7 days or more. Uninstalling the extension deletes it: export a copy now.',
  'locker.pendingTitle': 'Waiting to be kept (deleted after 24 hours)',
  'locker.back': 'Back to the list',
  'locker.detail.url': 'Address',
  'locker.detail.time': 'Captured',
  'locker.detail.provider': 'Wallet',
  'locker.detail.state': 'Problem',
  'locker.detail.fields': 'Details read from the page',
  'locker.detail.browser': 'Browser',
  'locker.detail.viewport': 'Viewport',
  'locker.detail.language': 'Page language',
  'locker.detail.source': 'Saved from',
  'locker.detail.artifacts': 'Files and their SHA-256',
  'locker.detail.recordHash': 'Record hash',
  'locker.detail.prevHash': 'Previous record hash',
  'locker.notes': 'Notes',
  'locker.tags': 'Tags (comma-separated)',
  'locker.case': 'Case',
  'locker.save': 'Save notes and tags',
  'locker.saved': 'Saved.',
  'locker.redact': 'Black out regions',
  'locker.redactHint':
    'Drag over the screenshot to mark areas to black out, then save a redacted copy. The original is kept unchanged.',
  'locker.redactSave': 'Save redacted copy',
  'locker.redactClear': 'Clear marks',
  'locker.redactText':
    'Save a copy of the text with card numbers, e-mails and phone numbers masked',
  'locker.redacted': 'Redacted copy saved; it names the original’s hash.',
  'locker.open': 'Open',
  'locker.download': 'Download',
  'locker.damaged':
    '{count} saved record(s) are damaged and cannot be shown or exported. They are kept exactly as they are.',

  'import.problem.notZip': 'the file is not a ZIP archive',
  'import.problem.missingFile': '{subject} is missing',
  'import.problem.malformedJson': '{subject} is not valid JSON',
  'import.problem.unknownVersion': 'the bundle was made by a version this one cannot read',
  'import.problem.invalidManifest': 'the manifest is not valid ({subject})',
  'import.problem.invalidRecords': 'the records are not valid ({subject})',
  'import.problem.badHash': 'the SHA-256 of {subject} does not match the manifest',
  'import.problem.badRecordHash': 'record {subject} was changed after it was saved',
  'import.problem.conflict': 'a different record with the id {subject} is already stored',
  'options.language.zh-Hant': '繁體中文 (Traditional Chinese)',
  'options.invalid.language':
    'The stored language setting could not be read, so Wallet Assist follows the browser’s language. Choose a language under “Language” below to set it again.',
  'ui.colon': ': ',
  'region.EU': 'EU / EEA',
  'region.CN': 'Mainland China',
  'region.HK': 'Hong Kong',
  'region.MO': 'Macao',
  'region.TW': 'Taiwan',
  'region.INTL': 'International',
  'evidence.kind.screenshot-visible': 'Screenshot (visible part)',
  'evidence.kind.screenshot-full': 'Screenshot (whole page)',
  'evidence.kind.snapshot-mhtml': 'Page copy (MHTML)',
  'evidence.kind.snapshot-html': 'Page copy (HTML)',
  'evidence.kind.page-text': 'Page text',
  'evidence.kind.detection-text': 'Text when the problem appeared',
  'evidence.kind.detection-html': 'Part of the page when the problem appeared',
  'evidence.kind.redacted-screenshot': 'Redacted screenshot',
  'evidence.kind.redacted-text': 'Redacted text',
  'evidence.kind.outside-file': 'File added from outside the browser',
  'evidence.source.extension-page': 'From the popup or side panel',
  'evidence.source.shortcut': 'Keyboard shortcut',
  'evidence.source.in-page': 'From the prompt on the page',
  'evidence.source.detection': 'Kept when the problem appeared',
  'evidence.source.legacy': 'By an earlier version',
  'evidence.source.file': 'Added from outside the browser',
} as const;

/** A key of the UI text catalogue. */
export type MessageKey = keyof typeof en;
