import type { StateId } from '../states';
import { compileTerms, type CompiledLang } from './concept-compile';
import { SUBJECT_KEYS, type ConceptTerms, type TermKey } from './concepts/types';

export type { CompiledLang };

/*
 * The concept engine reads a sentence as trouble is described: a subject (payment,
 * card, account, transfer, refund, limit, sign-in) and a predicate (failed, refused, locked,
 * exceeded, delayed, unusual, or a negated "complete" / "arrive"), addressed to the reader, not
 * hedged, not a question, not resolved. Which words carry each concept is data, one file per
 * language (`concepts/*.ts`); the combination rules below are the same for every language.
 *
 * It runs in the background (`analyser.ts`): each language's expression is compiled
 * (`concept-compile.ts`) once per worker, the first time a text in that language is read.
 */

/** One concept found in a sentence. */
interface Hit {
  concepts: readonly TermKey[];
  start: number;
  end: number;
  text: string;
}

/** A state a sentence supports, and how strongly (0…1, before the region weight). */
export interface ConceptScore {
  state: StateId;
  score: number;
  lang: string;
  /**
   * The sentence reads as this state but rules it out (an offer's limit, one of two causes
   * offered as alternatives): score 0, and rules that match the same block for this state do not
   * count either.
   */
  ruledOut?: true;
}

/** Concepts in `sentence`, leftmost-longest, never overlapping. */
function findHits(sentence: string, lang: CompiledLang): Hit[] {
  const hits: Hit[] = [];
  const { regex, groups } = lang;
  regex.lastIndex = 0;
  for (let m = regex.exec(sentence); m; m = regex.exec(sentence)) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    let group = 1;
    while (group < m.length && m[group] === undefined) group++;
    const concepts = groups[group];
    if (concepts && !concepts.includes('ignore')) {
      hits.push({ concepts, start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  return hits;
}

const has = (hit: Hit, key: TermKey) => hit.concepts.includes(key);

/** Most characters between a negation and the verb it negates. */
const NEGATION_REACH = 24;
/** In verb-final languages, most characters between a verb and the negation or hedge after it. */
const VERB_FINAL_REACH = 6;
/** Subject and predicate this close count as one phrase. */
const CLOSE = 60;

/** Predicate kinds, each a family of trouble. */
type Kind =
  'fail' | 'insufficient' | 'expired' | 'restrict' | 'exceed' | 'missing' | 'delay' | 'unusual';

/** One predicate found in a sentence. */
interface Predicate {
  kind: Kind;
  hit: Hit;
  /** A generic word ("error") rather than a specific one ("declined"). */
  weak?: boolean;
  /**
   * The one state this predicate supports and the subjects it needs there, where these differ
   * from its kind's: a refused acceptance counts for a payment or money (or when addressed to
   * the reader), not for a card alone.
   */
  only?: { state: StateId; subjects: readonly TermKey[] };
  /** Its subject must come before it (what cannot be used, not what is used for something). */
  subjectFirst?: boolean;
}

/** Punctuation that ends a clause: a negation does not reach across it. */
const CLAUSE_BREAK = /[,;:，、；：—–]/u;

/**
 * The negation that ends within reach before `hit` in the same clause (or, in verb-final
 * languages, starts right after it).
 */
function negationOf(
  hit: Hit,
  hits: readonly Hit[],
  sentence: string,
  lang: CompiledLang,
): Hit | undefined {
  for (const other of hits) {
    if (other === hit || !has(other, 'negation')) continue;
    if (other.end <= hit.start && hit.start - other.end <= NEGATION_REACH) {
      if (!CLAUSE_BREAK.test(sentence.slice(other.end, hit.start))) return other;
    }
    if (lang.verbFinal && other.start >= hit.end && other.start - hit.end <= VERB_FINAL_REACH) {
      if (!CLAUSE_BREAK.test(sentence.slice(hit.end, other.start))) return other;
    }
  }
  return undefined;
}

/**
 * Whether the sentence says no money was taken ("you were not charged", "不会扣款"). A charge that
 * could not be made ("we couldn't charge your card") is a failure instead, not reassurance.
 */
function reassures(hits: readonly Hit[], sentence: string, lang: CompiledLang): boolean {
  return hits.some((h) => {
    if (has(h, 'uncharged')) return true;
    if (!has(h, 'charge')) return false;
    const negation = negationOf(h, hits, sentence, lang);
    return !!negation && !has(negation, 'unable');
  });
}

/**
 * Most characters between a failure and the action on saved things it is about, in the same
 * clause: after it ("failed to delete the card"), or before it, where the action is the subject
 * ("Removing the payment method failed", "La suppression du mode de paiement a échoué").
 */
const MANAGE_REACH = 32;

/** Most characters between a sign-in and the requirement that asks for it ("logged in to pay"). */
const SIGN_IN_REACH = 16;

/** A refused acceptance, said of a payment or money (a card alone is a form's hint). */
const REFUSED_PAYMENT = { state: 'payment_failed', subjects: ['payment', 'transfer'] } as const;
/** Most characters between a restriction and the "by you" that says who did it. */
const SELF_REACH = 12;

/** A payment that is blocked: refused, said of the payment itself. */
const BLOCKED_PAYMENT = { state: 'payment_failed', subjects: ['payment'] } as const;
/** A negated use of the reader's account or money. */
const NO_USE = { state: 'account_locked', subjects: ['account', 'transfer'] } as const;
/** A card that cannot be used or is deactivated: the payment with it is refused. */
const UNUSABLE_CARD = { state: 'payment_failed', subjects: ['card'] } as const;

function predicatesOf(hits: readonly Hit[], sentence: string, lang: CompiledLang): Predicate[] {
  const found: Predicate[] = [];
  const processing = hits.some(
    (h) => has(h, 'during') || (has(h, 'complete') && !negationOf(h, hits, sentence, lang)),
  );
  const reader = hits.some((h) => has(h, 'reader'));
  // "The expiry month is invalid", "卡号输入错误", "到期年份已过期": a form's verdict on what was
  // typed, or on a field it names.
  const invalid = hits.some((h) => has(h, 'invalid'));
  // A sign-in named just before a requirement, in its clause, is what the requirement asks for.
  const signIn = (req: Hit) =>
    hits.some(
      (h) =>
        has(h, 'login') &&
        h.end <= req.start &&
        req.start - h.end <= SIGN_IN_REACH &&
        !CLAUSE_BREAK.test(sentence.slice(h.end, req.start)),
    );
  // "Yet" in the same clause as a negated verb ("nie została jeszcze przetworzona").
  const notYet = (verb: Hit) =>
    hits.some((y) => {
      if (!has(y, 'yet')) return false;
      const [from, to] = y.end <= verb.start ? [y.end, verb.start] : [verb.end, y.start];
      return to - from <= NEGATION_REACH && !CLAUSE_BREAK.test(sentence.slice(from, to));
    });
  const otherThanPayment = hits.some(
    (h) =>
      (has(h, 'account') || has(h, 'card') || has(h, 'transfer') || has(h, 'login')) &&
      !has(h, 'payment'),
  );
  // "Karta zablokowana przez Ciebie", "Card locked by you": what the person did themselves.
  const doneBySelf = (restrict: Hit) =>
    hits.some(
      (h) =>
        has(h, 'self') &&
        gap(restrict, h) <= SELF_REACH &&
        !CLAUSE_BREAK.test(between(sentence, restrict, h)),
    );
  // "Transacción no autorizada" on a checkout is a refusal; "un cargo no autorizado en tu
  // cuenta", "未授權的登入" speak of someone else's use. A word that says both (not authorised)
  // reads as unrecognised activity only beside a sign-in, an account, money taken or another
  // word of it ("alguien", "desconocido").
  const someoneElse = hits.some(
    (h) =>
      (has(h, 'unusual') && !has(h, 'decline')) ||
      (has(h, 'login') && !has(h, 'payment')) ||
      has(h, 'charge') ||
      (has(h, 'account') && !has(h, 'payment')),
  );
  // "This type of card cannot be used", "cannot be used here": what a form or an app takes, not
  // this card refused.
  const scoped = hits.some((h) => has(h, 'scope'));
  // "Niet geverifieerd" said of a payment method, with no "could not" in the sentence: a status.
  const couldNot = hits.some((h) => has(h, 'unable') || has(h, 'modal'));
  const blockedPayment = (restrict: Hit) =>
    !otherThanPayment &&
    !has(restrict, 'requirement') &&
    hits.some((h) => has(h, 'payment') && h.end <= restrict.start);
  for (const hit of hits) {
    const neg = negationOf(hit, hits, sentence, lang);
    const add = (kind: Kind, more?: Partial<Predicate>) => found.push({ kind, hit, ...more });
    // "There was no problem with your card", "Ninguna transacción ha sido rechazada": a failure
    // the sentence denies did not happen. A negation of ability ("could not … declined") denies
    // nothing.
    const denied = !!neg && !has(neg, 'unable');
    if (has(hit, 'fail') && !denied) add('fail');
    // An error while processing (completing, authorising) something is a failure of it; an
    // error alone ("card number error") is as often a form hint.
    else if (has(hit, 'error') && !denied && !(invalid && !processing)) {
      add('fail', { weak: !processing });
    }
    const notAuthorised = has(hit, 'decline') && has(hit, 'unusual');
    if (has(hit, 'decline') && !denied && !(notAuthorised && someoneElse)) add('fail');
    // "Pago no exitoso", "Betaling niet geslaagd", "not successful": a success the sentence
    // denies is a failure.
    if (has(hit, 'resolved') && !has(hit, 'complete') && denied) add('fail');
    if (has(hit, 'insufficient') || (has(hit, 'sufficient') && neg)) add('insufficient');
    if (has(hit, 'expired') && !invalid && !neg) add('expired');
    // "You must be logged in to pay", "您必須登入後才能付款": signing in is what the page asks
    // for, not a lock.
    if (
      has(hit, 'restrict') &&
      !neg &&
      !(has(hit, 'requirement') && signIn(hit)) &&
      !doneBySelf(hit)
    ) {
      add('restrict');
    }
    // "Minimum amount not reached", "您尚未超过限额": a negated excess is none.
    if (has(hit, 'exceed') && !neg) add('exceed');
    if (has(hit, 'delay') && !neg) add('delay');
    if (has(hit, 'unusual') && !neg && (!notAuthorised || someoneElse)) add('unusual');
    if (has(hit, 'missing') || (has(hit, 'arrive') && neg)) add('missing');
    // "Not refunded", "nicht erstattungsfähig", "нельзя вернуть": the refund failed. "We couldn't
    // charge your card": the charge failed.
    // "Your payment has not been processed yet", "你的付款仍未處理": still pending, not failed.
    const pending =
      !!neg && (has(neg, 'pending') || notYet(hit)) && has(hit, 'complete') && !has(hit, 'refund');
    const status = has(hit, 'verify') && !couldNot && hits.some((h) => has(h, 'card'));
    if (
      neg &&
      !pending &&
      !status &&
      (has(hit, 'complete') || has(hit, 'refund') || (has(hit, 'charge') && has(neg, 'unable')))
    ) {
      add('fail');
    }
    // "Card not accepted" says which cards a form takes; "your payment was not accepted" and
    // "we couldn't accept your card" refuse this payment.
    if (has(hit, 'unaccepted') || (has(hit, 'accept') && neg)) {
      add('fail', reader ? {} : { only: REFUSED_PAYMENT });
    }
    // "You can't use your money", "this account cannot be used": the person is restricted. Not
    // said to the reader, the account must be what cannot be used (named before the verb), not
    // the means of something else ("cannot use the same wallet to pay this invoice").
    if (has(hit, 'use') && neg) add('restrict', { only: NO_USE, subjectFirst: !reader });
    // "此信用卡無法使用", "Esta tarjeta está desactivada", "This card can't be used": a card named
    // before what makes it unusable cannot pay, so the payment is refused.
    const unusable = (has(hit, 'unusable') && !neg) || (has(hit, 'use') && !!neg);
    if (unusable && !scoped && !doneBySelf(hit)) {
      add('fail', { only: UNUSABLE_CARD, subjectFirst: true });
    }
    // "La transacción se bloqueó", "Transakcja została zablokowana": a payment that is blocked
    // was refused. A blocked card or account stays the person's restriction (below), so this
    // holds only where the sentence names a payment and none of them.
    if (has(hit, 'blocked') && !neg && blockedPayment(hit)) {
      add('fail', { only: BLOCKED_PAYMENT, subjectFirst: true });
    }
  }
  // "You have reached the limit; verify your identity to continue": the requirement is the next
  // step of the trouble the sentence names, not a lock of its own.
  const trouble = found.filter((p) => !has(p.hit, 'requirement'));
  const kept = trouble.length > 0 ? trouble : found;
  // A failure of managing saved things ("Failed to delete the payment method", "删除失败") is
  // that action's, not a payment's.
  const manage = hits.filter((h) => has(h, 'manage'));
  if (manage.length === 0) return kept;
  const about = (p: Predicate, m: Hit) => {
    const [from, to] = m.end <= p.hit.start ? [m.end, p.hit.start] : [p.hit.end, m.start];
    return to - from <= MANAGE_REACH && !CLAUSE_BREAK.test(sentence.slice(from, to));
  };
  // A generic error word in the same sentence ("Error: not possible to create an online refund")
  // labels that action too, wherever it stands; so does an error during that action, in its
  // clause ("Podczas zapisywania metody płatności wystąpił błąd").
  const during = (m: Hit) => hits.some((d) => has(d, 'during') && gap(d, m) <= 4);
  const sameClause = (p: Predicate, m: Hit) => {
    const [from, to] = m.end <= p.hit.start ? [m.end, p.hit.start] : [p.hit.end, m.start];
    return !CLAUSE_BREAK.test(sentence.slice(from, to));
  };
  return kept.filter(
    (p) =>
      p.kind !== 'fail' ||
      !manage.some((m) => p.weak || about(p, m) || (during(m) && sameClause(p, m))),
  );
}

/** The subjects each state needs, and the predicate kinds that make it trouble. */
const STATE_RULES: readonly {
  state: StateId;
  kinds: readonly Kind[];
  subjects: readonly TermKey[];
}[] = [
  { state: 'refund_issue', kinds: ['fail', 'missing', 'delay'], subjects: ['refund'] },
  { state: 'account_locked', kinds: ['restrict'], subjects: ['account'] },
  { state: 'limit_exceeded', kinds: ['exceed'], subjects: ['limit'] },
  { state: 'unauthorized_activity', kinds: ['unusual'], subjects: ['login', 'payment', 'account'] },
  { state: 'funds_missing', kinds: ['missing', 'delay'], subjects: ['transfer', 'payment'] },
  {
    state: 'payment_failed',
    kinds: ['fail', 'insufficient', 'expired'],
    subjects: ['payment', 'card', 'transfer'],
  },
];

const QUESTION_END = /[?？؟]\s*$/u;
const CLAUSE_START = /(?:^|[,，、;；:：]\s*)$/u;

/** A sentence's end inside a block read as one: a hedge after it starts a sentence of its own. */
const SENTENCE_END = /[.!?]\s|[。！？]/u;

/** Most characters between a predicate and a hedge that closes its clause ("达到5万元时"). */
const HEDGE_AFTER_REACH = 12;

/** Whether a sentence is a heading of at most three words (spaced languages only). */
const words3 = (sentence: string, lang: CompiledLang) =>
  lang.spaced &&
  sentence
    .trim()
    .replace(/[.!:]+$/u, '')
    .split(/\s+/).length <= 3;

/** Whether a hit names what trouble is about. */
const isSubject = (hit: Hit) => SUBJECT_KEYS.some((key) => has(hit, key));

/** Characters between two hits (one's end and the other's start, whichever are closer). */
const gap = (a: Hit, b: Hit) => Math.min(Math.abs(b.start - a.end), Math.abs(a.start - b.end));

/** The text between two hits. */
const between = (sentence: string, a: Hit, b: Hit) =>
  a.end <= b.start ? sentence.slice(a.end, b.start) : sentence.slice(b.end, a.start);

/** Most characters between an error word and the subject it names ("error en el pago"). */
const NAMED_GAP = 8;

/** Two hits with at most a few characters between them (a clitic: "no se pueden"). */
const adjacent = (a: Hit, b: Hit) => gap(a, b) <= 4;

/** Whether a hedge governs `predicate`: before it, or anywhere in a verb-final sentence. */
function hedged(
  predicate: Hit,
  hits: readonly Hit[],
  sentence: string,
  lang: CompiledLang,
): 'before' | 'after' | false {
  for (const hit of hits) {
    if (hit === predicate) continue;
    if (has(hit, 'hedgeAfter')) {
      const gap = sentence.slice(predicate.end, hit.start);
      const closes = hit.start >= predicate.end && gap.length <= HEDGE_AFTER_REACH;
      if (closes && !CLAUSE_BREAK.test(gap) && !SENTENCE_END.test(gap)) return 'after';
      // "Je kaart wordt geweigerd als …": an "if" closes the clause before it and, as a hedge,
      // still hedges what follows it.
      if (!has(hit, 'hedge')) continue;
    }
    const modal = has(hit, 'modal') && !has(hit, 'hedge');
    const isHedge = has(hit, 'hedge') || modal;
    const initial = lang.hedgeInitial.has(hit.text.toLowerCase());
    if (!isHedge && !initial) continue;
    // "cannot", "no puede", "não podem", "can no longer": a modal with a negation says what is
    // impossible, not what might be; so does one whose negation comes later in its clause, before
    // the verb, where the verb comes second ("We kunnen je betaling niet verwerken").
    const negates = (n: Hit) =>
      adjacent(n, hit) ||
      (n.start >= hit.end &&
        n.end <= predicate.start &&
        !CLAUSE_BREAK.test(sentence.slice(hit.end, n.start)));
    if (modal && hits.some((n) => n !== hit && has(n, 'negation') && negates(n))) continue;
    if (initial && !isHedge && !CLAUSE_START.test(sentence.slice(0, hit.start))) continue;
    if (hit.end <= predicate.start) return 'before';
    // Verb-final languages put the hedge right after what it hedges (失敗した場合).
    if (
      lang.verbFinal &&
      hit.start >= predicate.end &&
      hit.start - predicate.end <= VERB_FINAL_REACH
    ) {
      return 'before';
    }
  }
  return false;
}

/** The states `predicates` would support, ruled out: what a general phrase rules out. */
function ruledOutBy(predicates: readonly Predicate[], lang: CompiledLang): ConceptScore[] {
  const kinds = new Set(predicates.map((p) => p.kind));
  return STATE_RULES.filter((rule) => rule.kinds.some((k) => kinds.has(k))).map((rule) => ({
    state: rule.state,
    score: 0,
    lang: lang.lang,
    ruledOut: true as const,
  }));
}

/**
 * "This error occurs when …", "Este error se produce cuando …", "Deze fout treedt op wanneer …":
 * a generic error word followed in its clause by a hedge says when such an error happens (a
 * description, as in developer docs), not that it happened to the reader.
 */
function defined(error: Hit, hits: readonly Hit[], sentence: string): boolean {
  return hits.some(
    (h) =>
      has(h, 'hedge') &&
      h.start >= error.end &&
      h.start - error.end <= DEFINED_REACH &&
      !CLAUSE_BREAK.test(sentence.slice(error.end, h.start)),
  );
}

/** Most characters between an error word and the "when" that says when it occurs. */
const DEFINED_REACH = 24;

/**
 * The trouble states one sentence supports in one language. Empty for a question, for hedged
 * or resolved statements, and for predicates without the subject their state needs (a bare
 * "declined" counts only a little, for structure to complete).
 */
export function analyseSentence(raw: string, lang: CompiledLang): ConceptScore[] {
  const sentence = lowerText(raw);
  if (QUESTION_END.test(sentence)) return [];
  const hits = findHits(sentence, lang);
  if (hits.length === 0) return [];
  // "Failed payments are not charged", "お支払いは請求されません": no money taken, no trouble.
  if (reassures(hits, sentence, lang)) return [];
  // "Insufficient funds will result in a declined payment": what happens to anyone, in general.
  if (hits.some((h) => has(h, 'consequence'))) return [];
  // A question said with a final particle instead of a question mark ("บัตรถูกปฏิเสธใช่ไหม"): at
  // the end, or before a space where a language writes no spaces between words (a new clause).
  const asks = (h: Hit) => {
    const rest = sentence.slice(h.end);
    return !/[^.!。！\s]/.test(rest) || (!lang.spaced && /^\s/.test(rest));
  };
  if (hits.some((h) => has(h, 'question') && asks(h))) return [];
  const found = predicatesOf(hits, sentence, lang);
  // A hedge that closes the clause ("付款失敗的原因", "扣款失敗時") or says when an error occurs
  // ("This error occurs when …") reads the whole phrase as general; the rules' phrases in it do
  // not count either, since their own check only looks before the match.
  const closed = found.filter(
    (p) =>
      hedged(p.hit, hits, sentence, lang) === 'after' ||
      (has(p.hit, 'error') && !has(p.hit, 'fail') && defined(p.hit, hits, sentence)),
  );
  const predicates = found.filter(
    (p) => !closed.includes(p) && !hedged(p.hit, hits, sentence, lang),
  );
  if (predicates.length === 0) return ruledOutBy(closed, lang);
  // "Failed payments", "Pagos rechazados", "Nieudane płatności": a heading of two or three words
  // that names a list of past trouble by its plural, with no one addressed and no error word.
  const heading =
    !QUESTION_END.test(sentence) &&
    words3(sentence, lang) &&
    hits.some((h) => has(h, 'plural')) &&
    !hits.some((h) => has(h, 'reader')) &&
    predicates.every((p) => !has(p.hit, 'error') || has(p.hit, 'fail'));
  if (heading) return ruledOutBy(predicates, lang);
  // "Payment successful", "limitation lifted": an outcome that is not trouble.
  // "Başarıyla tamamlanamadı" (could not be completed successfully): a success word right before
  // the failure it qualifies is no success.
  const qualifies = (h: Hit) =>
    predicates.some((p) => p.hit.start >= h.end && p.hit.start - h.end <= 2);
  const resolved = hits.some(
    (h) =>
      has(h, 'resolved') &&
      !has(h, 'complete') &&
      !negationOf(h, hits, sentence, lang) &&
      !qualifies(h),
  );
  if (resolved) return [];
  const reader = hits.some((h) => has(h, 'reader'));
  // "The refunded amount will not be returned to the customer": a merchant's notice about their
  // customer, not the reader's own trouble.
  if (!reader && hits.some((h) => has(h, 'customer'))) return [];
  // "일부 카드 결제가 실패했습니다", "Some card payments failed": an incident among many payments.
  const some = (q: Hit) =>
    has(q, 'some') && hits.some((h) => h.start >= q.end && h.start - q.end <= 2 && isSubject(h));
  if (!reader && hits.some(some)) return [];
  const attempts = hits.some((h) => has(h, 'attempt'));
  // The limits of an offer (a discount, a coupon) are not the person's money limits.
  const offer = hits.some((h) => has(h, 'offer'));
  // "Access denied", "This code has expired": a bare failure of something named that is not a
  // payment (a sign-in, a code, a coupon) is no failed payment, however short.
  // A browser's or an app's setting ("Pop-ups are blocked in your browser", "權限被拒絕") is
  // neither a payment nor the person locked out.
  const browser = hits.some((h) => has(h, 'browser'));
  const otherSubject = attempts || offer || browser || hits.some((h) => has(h, 'login'));
  // "應用程式授權失敗，請重新登入": an authorisation beside a sign-in, an app or a browser is
  // that permission, not a payment's.
  const permission = hits.some((h) => (has(h, 'login') && !has(h, 'payment')) || has(h, 'browser'));
  const otherRestricted =
    hits.some((h) => has(h, 'card') && !has(h, 'account')) &&
    hits.some((h) => has(h, 'unavailable'));
  const words = lang.spaced ? sentence.trim().split(/\s+/).length : [...sentence.trim()].length / 3;
  const short = words <= 5;
  const scores: ConceptScore[] = [];
  /** The predicate behind each state's score, to tell alternatives apart. */
  const behind = new Map<StateId, Predicate>();
  for (const rule of STATE_RULES) {
    const otherLimit = rule.state === 'limit_exceeded' && (attempts || offer);
    let best = 0;
    for (const predicate of predicates) {
      if (!rule.kinds.includes(predicate.kind)) continue;
      if (predicate.only && predicate.only.state !== rule.state) continue;
      const wanted = predicate.only?.subjects ?? rule.subjects;
      // The predicate's own word may name the subject too ("refunded", "超限额").
      const subjects = hits.filter(
        (h) =>
          wanted.some((s) => has(h, s)) &&
          !(permission && has(h, 'authorise')) &&
          (!predicate.subjectFirst || h.end <= predicate.hit.start),
      );
      let score = 0;
      if (subjects.length === 0) {
        if (predicate.only) continue;
        if (rule.state === 'payment_failed' && short && !predicate.weak && !otherSubject) {
          score = 0.45;
        }
        // "You are suspended", "您已经被系统锁定": the person is the one locked out.
        // "Oferta limitada", "限時優惠": what an offer restricts is the offer, not the person.
        // "Este método de pago no está disponible en tu país": what is unavailable is the
        // payment method the sentence names, not the person.
        if (rule.state === 'account_locked' && reader && !offer && !otherRestricted && !browser) {
          score = 0.62;
        }
      } else {
        // An expired card refuses a payment; an expired code or link is only a form hint.
        if (predicate.kind === 'expired' && !subjects.some((s) => has(s, 'card'))) continue;
        // "Payment error", "Errore di pagamento", "Betalingsfout": an error that names its
        // subject right beside it is that subject's failure.
        // A preposition may stand between ("Error en el pago", "Fout bij betaling").
        const named = subjects.some(
          (s) =>
            s === predicate.hit ||
            adjacent(s, predicate.hit) ||
            (lang.spaced &&
              gap(s, predicate.hit) <= NAMED_GAP &&
              !CLAUSE_BREAK.test(between(sentence, s, predicate.hit))),
        );
        score = predicate.weak && !named ? 0.5 : 0.72;
        if (reader) score += 0.13;
        if (subjects.some((s) => gap(s, predicate.hit) <= CLOSE)) score += 0.1;
      }
      if (score > best) {
        best = Math.min(1, score);
        behind.set(rule.state, predicate);
      }
    }
    if (otherLimit && best > 0) {
      scores.push({ state: rule.state, score: 0, lang: lang.lang, ruledOut: true });
    } else if (best > 0) scores.push({ state: rule.state, score: best, lang: lang.lang });
  }
  return alternatives(scores, behind, hits);
}

/**
 * "Your funds are insufficient or you exceeded the limit": causes offered as alternatives leave
 * only the failed payment certain, so the other states joined to it by "or" are dropped.
 */
function alternatives(
  scores: ConceptScore[],
  behind: ReadonlyMap<StateId, Predicate>,
  hits: readonly Hit[],
): ConceptScore[] {
  const failed = behind.get('payment_failed');
  const ors = hits.filter((h) => has(h, 'or'));
  if (!failed || ors.length === 0) return scores;
  return scores.map((score) => {
    const other = behind.get(score.state);
    if (score.state === 'payment_failed' || !other || score.ruledOut) return score;
    const [from, to] =
      other.hit.start < failed.hit.start
        ? [other.hit.end, failed.hit.start]
        : [failed.hit.end, other.hit.start];
    const alternative = ors.some((o) => o.start >= from && o.end <= to);
    return alternative ? { ...score, score: 0, ruledOut: true } : score;
  });
}

// ── languages of a text ──────────────────────────────────────────────────────────────────────
const SCRIPT_LANGS: readonly [RegExp, readonly string[]][] = [
  [/[\p{sc=Hira}\p{sc=Kana}]/u, ['ja']],
  [/\p{sc=Hang}/u, ['ko']],
  [/\p{sc=Hani}/u, ['zh-Hans', 'zh-Hant']],
  [/\p{sc=Thai}/u, ['th']],
  [/\p{sc=Deva}/u, ['hi']],
  [/\p{sc=Arab}/u, ['ar']],
  [/\p{sc=Cyrl}/u, ['ru']],
];
const LATIN = /\p{sc=Latn}/u;
/**
 * Anything but Latin letters, punctuation, symbols and emoji: one cheap pass tells whether any
 * other script occurs (the eight script classes together are slow to compile).
 */
const NON_LATIN = /[^\t-\u036f\u1e00-\u2bff\ud800-\uf8ff]/;
/**
 * Common characters written differently in Traditional and Simplified Chinese (each only in its
 * own form): a text that uses one form's and none of the other's is read in that Chinese only, so
 * a Traditional sentence's hedge or reassurance ("不會收費") is not missed by a Simplified reading
 * that sees only the characters both share ("被拒", "交易").
 */
const HANT_ONLY =
  /[們個這來說時會對還體國過將與應當點於後發經麼無開關錯誤請戶帳號碼費餘額轉賬處確認證驗訊敗據結凍鎖聯統絡問題務為銀單筆訂購貨歷紀記錄詢設標間網線裝權獲絕駁暫啟區選擇讓給]/;
const HANS_ONLY =
  /[们个这来说时会对还体国过将与应当点于后发经么无开关错误请户帐号码费额转账处确认证验讯败据结冻锁联统络问题务为银单笔订购货历纪记录询设标间网线装权获绝驳暂启区选择让给]/;

/** Latin-script languages that have terms, tried when the page does not say its language. */
const LATIN_LANGS = ['en', 'es', 'pt', 'de', 'fr', 'it', 'nl', 'pl', 'tr', 'id', 'vi'];

/**
 * Languages `text` may be in: those of the scripts it uses (Chinese both ways, Japanese when
 * kana appear), and for Latin script the page's declared language plus English, or every
 * Latin-script language with terms when the page declares none.
 */
export function languagesFor(text: string, pageLang: string | null): string[] {
  const found: string[] = [];
  // One pass tells whether any script but Latin occurs at all (most pages: none).
  const other = NON_LATIN.test(text);
  for (const [script, langs] of other ? SCRIPT_LANGS : []) {
    if (!script.test(text)) continue;
    if (langs[0] === 'zh-Hans') {
      if (found.includes('ja')) continue;
      // Kanji alone ("残高不足") on a page that says it is Japanese is read as Japanese first.
      if (pageLang === 'ja') found.push('ja');
      // Written in one form only: read in that Chinese. Otherwise a page that says which Chinese
      // it is gets that one first.
      const hant = HANT_ONLY.test(text);
      const hans = HANS_ONLY.test(text);
      if (hant && !hans) found.push('zh-Hant');
      else if (hans && !hant) found.push('zh-Hans');
      else if (pageLang === 'zh-Hant') found.push('zh-Hant', 'zh-Hans');
      else found.push('zh-Hans', 'zh-Hant');
      continue;
    }
    found.push(...langs);
  }
  if (LATIN.test(text)) {
    // The page's own language and English (wallets mix it in); every Latin-script language
    // only when the page does not say. A page in a language without terms gets English only:
    // no guessing at words of a language nobody described.
    if (pageLang && LATIN_LANGS.includes(pageLang)) {
      found.push(pageLang);
      if (pageLang !== 'en') found.push('en');
    } else if (pageLang && pageLang !== 'und') found.push('en');
    else found.push(...LATIN_LANGS);
  }
  return found.filter((l, i) => found.indexOf(l) === i);
}

/**
 * "İ" has no one-letter lower case, so case-insensitive matching never finds "işlem" in "İşlem":
 * it is read as "i" (same length, so positions stay).
 */
const foldTurkishI = (text: string) => (text.includes('İ') ? text.replace(/İ/g, 'i') : text);

/**
 * Text as the expressions read it: lower case, with "İ" as "i". Lower-casing keeps every
 * position but for "İ" (two characters in lower case), so positions found in the result are
 * positions in `text`.
 */
export const lowerText = (text: string) => foldTurkishI(text).toLowerCase();

/**
 * A set of languages compiled on demand. Only the languages a page's text is written in are
 * ever compiled, which keeps the first scan of a page free of long compile pauses.
 */
export class ConceptSet {
  private readonly terms = new Map<string, ConceptTerms>();
  private readonly compiled = new Map<string, CompiledLang>();

  /** @param terms the languages it reads, each compiled the first time a text needs it */
  constructor(terms: readonly ConceptTerms[]) {
    for (const t of terms) this.terms.set(t.lang, t);
  }

  private lang(code: string): CompiledLang | undefined {
    let compiled = this.compiled.get(code);
    if (!compiled) {
      const terms = this.terms.get(code);
      if (!terms) return undefined;
      compiled = compileTerms(terms);
      this.compiled.set(code, compiled);
    }
    return compiled;
  }

  /** Loaded languages `text` may be in, given the page's declared language. */
  languagesOf(text: string, pageLang: string | null): string[] {
    return languagesFor(text, pageLang).filter((l) => this.terms.has(l));
  }

  /** The best score per state over the sentences of `text`, in the languages it may be in. */
  analyse(sentences: readonly string[], pageLang: string | null): ConceptScore[] {
    const best = new Map<StateId, ConceptScore>();
    const joined = sentences.join(' ');
    for (const code of this.languagesOf(joined, pageLang)) {
      const lang = this.lang(code);
      if (!lang) continue;
      for (const sentence of sentences) {
        for (const score of analyseSentence(sentence, lang)) {
          const prior = best.get(score.state);
          if (!prior || prior.score < score.score || (prior.ruledOut && !score.ruledOut)) {
            best.set(score.state, score);
          }
        }
      }
    }
    return [...best.values()];
  }

  /** Whether an action a problem offers (retry, another card, appeal) is named in `text`. */
  hasAction(raw: string, pageLang: string | null): boolean {
    const text = lowerText(raw);
    for (const code of this.languagesOf(text, pageLang)) {
      const lang = this.lang(code);
      if (lang && findHits(text, lang).some((h) => has(h, 'action'))) return true;
    }
    return false;
  }
}
