/**
 * Concept terms: the words one language uses for the parts of a trouble message. The engine
 * (`../concept-engine.ts`) never sees a sentence as a phrase to look up: it finds these concepts
 * in a sentence and judges their combination (a payment as subject, a refusal as predicate,
 * addressed to the reader, not hedged), so a new language is one data file of words.
 *
 * Term syntax: lower case; a trailing `*` lets any letters follow (a stem: `declin*`); a space
 * matches any run of spaces. In languages written with spaces, a term matches whole words only;
 * in Chinese, Japanese and Thai it matches anywhere.
 */
export interface ConceptTerms {
  /** The language, as in `DETECTION_LANGS`. */
  lang: string;
  /** Whether words are separated by spaces (false for zh, ja, th). */
  spaced: boolean;
  /**
   * Whether the verb comes last (ja, ko, hi, tr): a negation may follow the verb it negates
   * (処理できません), and a hedge may follow the predicate it hedges (失敗した場合).
   */
  verbFinal?: boolean;
  // ── subjects: what the trouble is about ──────────────────────────────────────────────────
  /** A payment, purchase, transaction, order, checkout, charge. */
  payment: readonly string[];
  /** A card or payment method. */
  card: readonly string[];
  /** The person's account, profile or wallet. */
  account: readonly string[];
  /** Money on its way: a transfer, payout, withdrawal, deposit, funds. */
  transfer: readonly string[];
  /** A refund. */
  refund: readonly string[];
  /** A limit, quota or allowance. */
  limit: readonly string[];
  /** Sign-ins, devices, access, activity on the account. */
  login: readonly string[];
  // ── predicates: what went wrong ──────────────────────────────────────────────────────────
  /** Failed, unsuccessful, went wrong, an error while doing it. */
  fail: readonly string[];
  /** A generic error word ("error", "错误"): failure, but weaker evidence than "failed". */
  error?: readonly string[];
  /** Declined, refused, rejected, denied, not approved. */
  decline: readonly string[];
  /** Not enough money: insufficient funds or balance. */
  insufficient: readonly string[];
  /** Enough (suficiente, genoeg, yeterli): negated, not enough money. */
  sufficient?: readonly string[];
  /** Expired (said of a card). */
  expired: readonly string[];
  /**
   * Invalid, incorrect (a form's verdict on what was typed): a sentence saying so is a hint, and
   * its expiry words name the field ("the expiry month is invalid"), not an expired card.
   */
  invalid?: readonly string[];
  /**
   * Names of a card form's fields (expiry year, expiry month): what a sentence calls expired or
   * invalid there is the form's verdict on what was typed ("the expiry year has expired").
   */
  field?: readonly string[];
  /** Locked, limited, suspended, frozen, restricted, disabled, blocked, closed. */
  restrict: readonly string[];
  /**
   * Not available (also in `restrict`): said of a payment method or card ("Este método de pago
   * no está disponible en tu país"), it is what the page offers, not a restriction of the person.
   */
  unavailable?: readonly string[];
  /**
   * Blocked, stopped (also in `restrict`): said of a payment or transaction itself ("La
   * transacción se bloqueó", "Transakcja została zablokowana"), the payment was refused; said of
   * a card or account, it stays the person's restriction.
   */
  blocked?: readonly string[];
  /**
   * Deactivated, disabled, unusable: said of a card on its own ("此信用卡無法
   * 使用", "Esta tarjeta está desactivada", "Bu kart kullanılamıyor"), the card cannot pay, so the
   * payment is refused; said of an account, it stays the person's restriction. A negated verb of
   * use said of a card counts the same.
   */
  unusable?: readonly string[];
  /**
   * A type or a place that bounds what is said of a card ("this type of card", "해당 유형의 카드",
   * "here", "in deze app"): a card that cannot be used there is what a form or an app takes, a
   * hint, not this card refused.
   */
  scope?: readonly string[];
  /**
   * Verbs of verifying a payment method (verify, geverifieerd; also in `complete`). Merely
   * negated ("Deze betaalmethode is niet geverifieerd") they state a saved method's status; only a
   * verification that could not be done ("We couldn't verify your card") failed a payment.
   */
  verify?: readonly string[];
  /**
   * Authorisation as a payment word (授權: a card payment's authorisation, but also an app's or a
   * licence's permission): it names a payment only where the sentence names no sign-in, app or
   * browser ("應用程式授權失敗，請重新登入" is a sign-in's failure).
   */
  authorise?: readonly string[];
  /**
   * The browser and what it allows or an app asks for (pop-ups, cookies, JavaScript, permissions):
   * what it blocks, disables or denies is a setting of the browser or the app, not the person's
   * account or payment ("Pop-ups are blocked in your browser", "權限被拒絕").
   */
  browser?: readonly string[];
  /**
   * What must be done before going on ("before you can continue", "才能继续"): a restriction of
   * the person only when nothing else in the sentence is trouble; beside an exceeded limit or a
   * failure it is that trouble's next step ("you reached the limit: verify to continue").
   */
  requirement?: readonly string[];
  /** Exceeded, over, reached (a limit). */
  exceed: readonly string[];
  /** Delayed, held, on hold, taking longer, still pending. */
  delay: readonly string[];
  /** Unusual, suspicious, unrecognised, unknown, new (device or location). */
  unusual: readonly string[];
  /** Verbs of completion that a negation turns into a failure: process, complete, approve. */
  complete: readonly string[];
  /**
   * While, during ("an error occurred during the payment", "ödeme sırasında"): an error in the
   * course of something is a failure of it, as an error while processing it is.
   */
  during?: readonly string[];
  /**
   * Verbs of acceptance (accept, accepted). Negated, they refuse a payment; said of a card alone
   * ("Card not accepted") they say which cards a form takes, a hint rather than trouble.
   */
  accept?: readonly string[];
  /** Acceptance already negated in one word or fixed phrase ("not accepted", "kabul edilmedi"). */
  unaccepted?: readonly string[];
  /**
   * Verbs of use. Negated with the reader's account or money ("you can't use your money"), they
   * say the person is restricted.
   */
  use?: readonly string[];
  /** Verbs of arrival that a negation turns into missing money: arrive, receive, credit. */
  arrive: readonly string[];
  /** Money not arrived, said in one word where a language joins the negation to the verb. */
  missing?: readonly string[];
  /** Negations: not, could not, unable, cannot. */
  negation: readonly string[];
  /**
   * Negations that say "not yet" (尚未, todavía no, nog niet), negations like the others: a
   * payment not yet processed is pending, not failed ("你的付款仍未處理"), where money not yet
   * arrived is still missing.
   */
  pending?: readonly string[];
  /**
   * Adverbs that, beside a negation in the same clause, say "not yet" where the words stand apart
   * ("has not been processed yet", "nie została jeszcze przetworzona").
   */
  yet?: readonly string[];
  /**
   * Negations of ability (could not, unable to, no pudimos), negations like the others: a charge
   * that could not be made ("we couldn't charge your card") is a failed payment, where a charge
   * not made ("you were not charged") reassures.
   */
  unable?: readonly string[];
  // ── modifiers ────────────────────────────────────────────────────────────────────────────
  /** The reader addressed: your, you. */
  reader: readonly string[];
  /** Words before a predicate that make a statement general: if, when, why, how, may, learn. */
  hedge: readonly string[];
  /**
   * Modal words that hedge (may, can, puede, 可能), except right next to a negation, where they
   * say what is impossible ("cannot be refunded", "não podem ser reembolsados").
   */
  modal?: readonly string[];
  /** Hedges only at the start of a sentence or clause (`se` in Portuguese: "if", but also "itself"). */
  hedgeInitial?: readonly string[];
  /**
   * Hedges that close the clause they hedge, in languages whose verb does not come last
   * ("达到5万元时", "when it reaches 50,000"), or a condition that follows what it conditions
   * ("Je kaart wordt geweigerd als je saldo te laag is"): after the predicate, in the same clause.
   */
  hedgeAfter?: readonly string[];
  /** The trouble is over or did not happen: successful, restored, lifted, resolved. */
  resolved: readonly string[];
  /**
   * Someone else the message is about, the merchant's customer or buyer ("returned to the
   * customer"): without the reader in the same sentence, it speaks to a merchant about their
   * customer, not about the reader's own trouble.
   */
  customer?: readonly string[];
  /**
   * Money taken: charge, debit, bill. Negated ("you were not charged", "不会扣款"), the sentence
   * reassures: it is no trouble, whatever failed.
   */
  charge?: readonly string[];
  /** Money not taken, said in one word where a language joins the negation to the verb. */
  uncharged?: readonly string[];
  /**
   * Sentence-final particles that make a question without a question mark ("ใช่ไหม", "吗",
   * "ですか"): said at the end, the sentence asks rather than tells.
   */
  question?: readonly string[];
  /**
   * Some among many, right before what it counts ("some card payments failed", "일부 카드 결제"):
   * without the reader in the sentence, an incident's report, not the reader's own trouble.
   */
  some?: readonly string[];
  /** Disjunctions ("or"): two causes offered as alternatives leave only the failure certain. */
  or?: readonly string[];
  /**
   * Cause and effect stated in general ("will result in", "puts … at risk", "leads to"): the
   * sentence says what happens to anyone who does something ("Insufficient funds will result in
   * a declined payment"), not what happened to the reader.
   */
  consequence?: readonly string[];
  /** Offers (discount, coupon, voucher, reward): their limits are not the person's money limits. */
  offer?: readonly string[];
  /**
   * Managing saved things (create, delete, save, update, load), checking a status, and the app's
   * own connection (connect): a failure of such an action ("Failed to delete the payment method",
   * "an error checking the transaction status", "trouble connecting to our payment provider",
   * "not possible to create an online refund") is not a failed payment or refund.
   */
  manage?: readonly string[];
  /**
   * Plural names of what trouble is about (payments, pagos, płatności, ödemeler): a bare heading
   * of two or three words that joins one to a failure ("Failed payments", "Pagos rechazados")
   * names a list of past trouble, not the reader's current one ("Payment failed").
   */
  plural?: readonly string[];
  /**
   * The reader as the one who acted ("by you", "przez Ciebie", "por ti"): a card the person
   * blocked themselves is a setting they chose, not a restriction put on them.
   */
  self?: readonly string[];
  /** Attempts (a limit of attempts is not a money limit). */
  attempt: readonly string[];
  /** Words that mean none of the above but contain a shorter term (当前 "current" holds 当 "when"). */
  ignore?: readonly string[];
  /** Actions offered beside a problem: retry, another payment method, appeal, contact support. */
  action: readonly string[];
}

/** The concepts that name what the trouble is about. */
export const SUBJECT_KEYS = [
  'payment',
  'card',
  'account',
  'transfer',
  'refund',
  'limit',
  'login',
] as const satisfies readonly (keyof ConceptTerms)[];

/** The concept keys that hold term lists. */
export const TERM_KEYS = [
  ...SUBJECT_KEYS,
  'fail',
  'error',
  'decline',
  'insufficient',
  'sufficient',
  'expired',
  'invalid',
  'field',
  'restrict',
  'blocked',
  'unavailable',
  'unusable',
  'scope',
  'authorise',
  'browser',
  'verify',
  'requirement',
  'exceed',
  'delay',
  'unusual',
  'complete',
  'during',
  'accept',
  'unaccepted',
  'use',
  'arrive',
  'missing',
  'negation',
  'pending',
  'yet',
  'unable',
  'reader',
  'hedge',
  'modal',
  'hedgeInitial',
  'hedgeAfter',
  'resolved',
  'charge',
  'uncharged',
  'question',
  'customer',
  'some',
  'or',
  'consequence',
  'offer',
  'manage',
  'plural',
  'self',
  'attempt',
  'ignore',
  'action',
] as const satisfies readonly (keyof ConceptTerms)[];
export type TermKey = (typeof TERM_KEYS)[number];

/**
 * The predicate concepts whose words find candidate blocks in a page's text. Generic error words
 * are among them: alone they count only a little, but beside the subject they name ("Payment
 * error", "Errore di pagamento") or during something ("an error occurred during the payment")
 * they are a failure, and a block the filter never finds is never read.
 */
export const TRIGGER_KEYS = [
  'fail',
  'error',
  'decline',
  'insufficient',
  'sufficient',
  'expired',
  'restrict',
  'unusable',
  'requirement',
  'exceed',
  'delay',
  'unusual',
  'missing',
  'complete',
  'accept',
  'unaccepted',
  'use',
  'arrive',
] as const satisfies readonly TermKey[];

/** Declares one language's terms (typed; the registry test checks every file). */
export function defineTerms(terms: ConceptTerms): ConceptTerms {
  return terms;
}
