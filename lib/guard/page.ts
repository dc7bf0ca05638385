import { checkPhoneNumber } from '../numbers/check';
import { PROVIDERS, type Provider } from '../providers';
import { isOfficialHost, lookalikeOf, type LookalikeReason } from './lookalike';
import { guardNames, namesPattern } from './names';
import type { GuardReport } from './report';
import type { GuardKind } from './state';

/**
 * The page guard's judgement of one page, from what its content script saw (`GuardReport`):
 * the address, the title and headings, a sign-in form, and phone numbers with the text around
 * them. Pure; the background calls it with the report of a tab and the person's region.
 *
 * The guard warns only where a person is being misled, never on pages that *talk about* scams
 * (news, police advice, the wallets' own warnings): text that names a scam is read as such.
 */

/** A warning the guard gives. */
export interface GuardVerdict {
  kind: GuardKind;
  providerId: string;
  /** The number the page presented (`fake-number`). */
  number?: string;
  /** Why an address is a look-alike. */
  reason?: LookalikeReason;
}

/**
 * Words that name customer service, in the detection languages. Plain "call" or "contact" are
 * not enough: every shop has a phone line, and many accept a wallet.
 */
const SUPPORT = new RegExp(
  [
    'customer (?:service|support|care)',
    'support',
    'help ?line',
    'hot ?line',
    'help desk',
    'toll[- ]free',
    'phone number',
    'contact number',
    '客服',
    '客户服务',
    '客戶服務',
    '热线',
    '熱線',
    '服务电话',
    '服務電話',
    'atenci[oó]n al cliente',
    'servicio al cliente',
    'soporte',
    'atendimento',
    'suporte',
    'kundendienst',
    'kundenservice',
  ].join('|'),
  'giu',
);

/** How close a wallet's name and a customer-service word must be to read as one phrase. */
const NEAR = 40;

/** True when a match of `name` and one of {@link SUPPORT} are within {@link NEAR} characters. */
function namedAsSupport(context: string, name: RegExp): boolean {
  const spans = (re: RegExp) =>
    [
      ...context.matchAll(
        new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`),
      ),
    ].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
  const support = spans(SUPPORT);
  return spans(name).some(([start, end]) =>
    support.some(([s, e]) => s - end <= NEAR && start - e <= NEAR),
  );
}

/** Words of a text that warns *about* a scam rather than running one. */
const ABOUT_SCAMS = new RegExp(
  [
    'scam',
    'fraud',
    'phishing',
    'fake',
    'impersonat',
    'posing as',
    'beware',
    'bogus',
    '诈骗',
    '詐騙',
    '骗子',
    '騙子',
    '被骗',
    '被騙',
    '冒充',
    '假冒',
    '假客服',
    '虚假',
    '虛假',
    '防骗',
    '防詐',
    '反诈',
    '反詐',
    'estafa',
    'fraude',
    'golpe',
    'betrug',
    'gefälscht',
  ].join('|'),
  'iu',
);

/** Sign-in words. */
const SIGN_IN =
  /sign[ -]?in|log[ -]?(?:in|on)|password|登录|登入|登陆|登錄|密码|密碼|iniciar sesi[oó]n|entrar|anmelden|einloggen/iu;

/** "Your account is limited" and its kin. */
const LIMITED =
  /\b(?:limited|restricted|suspended|locked|frozen|on hold|disabled)\b|unusual activity|verify your (?:account|identity)|confirm your (?:account|identity)|(?:账户|账号|帐户|帳戶|賬戶).{0,6}(?:冻结|凍結|受限|限制|异常|異常|锁定|鎖定)|解冻|解凍|验证身份|驗證身分|驗證身份|eingeschränkt|gesperrt|limitada|bloqueada|suspensa|restringida|suspendida/iu;

interface NameMatcher {
  providerId: string;
  pattern: RegExp;
}

function matchers(providers: readonly Provider[]): NameMatcher[] {
  return guardNames(providers).map((set) => ({
    providerId: set.providerId,
    pattern: new RegExp(namesPattern(set.names), set.caseSensitive ? 'u' : 'iu'),
  }));
}

const DEFAULT_MATCHERS = matchers(PROVIDERS);

/** The wallets `text` names, in registry order. */
function named(text: string, list: readonly NameMatcher[]): string[] {
  return list.filter((m) => m.pattern.test(text)).map((m) => m.providerId);
}

/**
 * Whether, and how, to warn on a page: a look-alike address first, then a sign-in or "account
 * limited" lure, then a phone number presented as a wallet's customer service that is not an
 * official number. `null`: no warning (the usual answer). `personRegion` reads national
 * numbers as the person's phone would.
 */
export function judgePage(
  report: GuardReport,
  personRegion: string | null,
  providers: readonly Provider[] = PROVIDERS,
): GuardVerdict | null {
  const host = new URL(report.url).hostname;
  if (isOfficialHost(host, providers)) return null;
  const list = providers === PROVIDERS ? DEFAULT_MATCHERS : matchers(providers);

  const lookalike = lookalikeOf(host, providers);
  if (lookalike) return { kind: 'lookalike', ...lookalike };

  // A lure: the wallet's sign-in, or its "account limited" message, on a site that is not its.
  const prominent = [report.title, ...report.headings];
  const aboutScams = prominent.some((text) => ABOUT_SCAMS.test(text));
  if (!aboutScams) {
    for (const text of [...prominent, ...(report.password ? [report.form] : [])]) {
      const [providerId] = named(text, list);
      if (!providerId) continue;
      const signIn = report.password && SIGN_IN.test(text);
      if (signIn || LIMITED.test(text)) return { kind: 'lure', providerId };
    }
  }

  // A number presented as a wallet's customer service that is none of our official numbers.
  for (const { number, context } of report.candidates) {
    if (ABOUT_SCAMS.test(context)) continue;
    const providerId = list.find((m) => namedAsSupport(context, m.pattern))?.providerId;
    if (!providerId) continue;
    const check = checkPhoneNumber(number, personRegion);
    if (check.kind === 'invalid' || check.kind === 'official') continue;
    return { kind: 'fake-number', providerId, number };
  }
  return null;
}
