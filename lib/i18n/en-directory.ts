/**
 * English text of the directory, the number check, the scam warnings and the page guard, merged
 * into the UI catalogue (`lib/i18n/en.ts`). Every key needs its Chinese translations in
 * `zh-CN-directory.ts` and `zh-Hant-directory.ts` (type-checked).
 */
export const directoryEn = {
  'directory.title': 'Find a wallet’s official contacts',
  'directory.search': 'Wallet name',
  'directory.search.placeholder': 'e.g. PayPal, 支付宝, WeChat Pay',
  'directory.none':
    'No wallet by that name in Wallet Assist’s list. Check the spelling, or try its name in another language.',
  'directory.back': 'All wallets',
  'directory.open': 'Official contacts of {provider}',
  'directory.appOnly':
    'This wallet works in its app, so Wallet Assist cannot watch its pages: its official contacts and advice are here.',
  'directory.help': 'What to do',
  'directory.otherWallet': 'Another wallet',

  'numbers.title': 'Is this number real?',
  'numbers.label': 'Phone number to check',
  'numbers.check': 'Check',
  'numbers.hint':
    'The number is compared with the official numbers in Wallet Assist’s own list, on this device. It is sent nowhere.',
  'numbers.official': 'Official number',
  'numbers.official.callback':
    'The wallet calls from this number. Do not call it back: use the official route.',
  'numbers.official.areaCode': 'Genuine calls show an area code before 96110.',
  'numbers.fake': 'Known fake: do not call',
  'numbers.fake.seen': 'Passed off as {provider}’s customer service on {seen}.',
  'numbers.fake.seenAny': 'Passed off as payment help on {seen}.',
  'numbers.unknown': 'Not a number we can confirm',
  'numbers.unknown.advice':
    'Wallet Assist does not know this number as an official one. Do not call it, and do not call back a number from a message, a search result or a caller: use the official route instead.',
  'numbers.route': 'Use the official route instead: find the wallet in the list below.',
  'numbers.read': 'Read as {number}',
  'numbers.regions': 'For: {regions}',
  'numbers.invalid': 'Not a phone number',
  'numbers.invalid.empty': 'Type or paste a phone number.',
  'numbers.invalid.letters':
    'It contains letters. Check the number alone, without words around it.',
  'numbers.invalid.mixed-scripts':
    'It mixes digits of different writing systems, a trick used to disguise numbers.',
  'numbers.invalid.symbols': 'It contains signs that are not part of a phone number.',
  'numbers.invalid.too-short': 'It has too few digits for a phone number.',
  'numbers.invalid.too-long': 'It has too many digits for a phone number.',
  'numbers.fromSelection': 'Selected text: {text}',
  'menu.checkNumber': 'Check this number with Wallet Assist',

  'sources.official': 'official page',
  'sources.official-copy': 'copy of an official document',
  'sources.public-code': 'the wallet’s own published code — check in the app before calling',
  'sources.secondary': 'reported by {publisher} — check inside the app first',
  'sources.reportedBy':
    'reported by {publisher}, not by an official page — check before relying on it',
  'sources.checked': 'checked {date}',

  'scams.title': 'Scam warnings: {provider}',
  'scams.general.title': 'Scams that use wallets',
  'scams.safeAccount':
    'No real wallet, bank or police officer asks you to move money to a “safe account”.',
  'scams.screenShare':
    'Never share your screen or install an app because a caller or a message tells you to.',
  'scams.codes':
    'Never tell anyone a verification code, password or PIN, even someone who says they are customer service.',
  'scams.refundByPhone':
    'A “refund” offered by phone or message that first asks you to pay, transfer money or scan a code is a scam.',
  'scams.fakeNumbers':
    'Fake customer-service numbers are put on web pages, in search results and in messages. Use only the contacts shown here or in the wallet’s own app.',
  'scams.knownNumbers': 'Numbers passed off as {provider}’s customer service (do not call)',
  'scams.knownClones': 'Sites that copy or imitate {provider}',
  'scams.seen': 'seen on {seen}',
  'scams.antiFraud.title': 'If you have been scammed (mainland China)',

  'options.guard': 'Page guard',
  'options.guard.what':
    'When it is on, Wallet Assist also looks at the other sites you open, on your device, and warns you (it never blocks anything) when a site imitates a wallet’s address, shows a phone number as a wallet’s customer service that is not an official one, or asks you to sign in to a wallet on a site that is not the wallet’s.',
  'options.guard.why':
    'For this the browser asks you to let Wallet Assist read all sites. Nothing leaves your device, no page is stored, and a warning is kept only for its tab until you leave the page.',
  'options.guard.enable': 'Warn me about look-alike and fake support pages',
  'options.guard.denied':
    'The browser did not allow access to all sites, so the page guard stays off.',
  'options.guard.revoked':
    'Access to all sites was withdrawn in the browser, so the page guard is off. Turn it on again here.',

  'guard.label': 'Wallet Assist warning',
  'guard.title.lookalike': 'This site is not {provider}',
  'guard.title.fake-number': 'This number is not {provider}’s',
  'guard.title.lure': 'Do not sign in here',
  'guard.seen.lookalike': 'Its address, {host}, imitates {provider}’s.',
  'guard.seen.lookalikeNoHost': 'Its address imitates {provider}’s.',
  'guard.seen.clone': 'It is a known copy of {provider}’s pages.',
  'guard.seen.fake-number':
    'This page shows a phone number as {provider}’s customer service, but it is not one of {provider}’s official numbers. Do not call it.',
  'guard.seen.lure':
    'This page asks you to sign in to {provider} or says your {provider} account is limited, but it is not {provider}’s site. Do not enter anything.',
  'guard.route': 'The official route',
  'guard.openHelp': 'Open Wallet Assist',
  'guard.dismiss': 'Dismiss',
  'guard.popup': 'Warning on this page',
  'badge.guard': 'Wallet Assist — warning about this page',
} as const;
