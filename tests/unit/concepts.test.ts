import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileTerms, predicateWords, trieSource } from '../../lib/detect/concept-compile';
import { analyseSentence, ConceptSet, languagesFor } from '../../lib/detect/concept-engine';
import { baseLang } from '../../lib/detect/lang';
import { sharedConcepts, triggerFor } from '../../lib/detect/provider-data';
import { TRIGGER_WORDS } from '../../lib/detect/trigger';
import { CONCEPT_TERMS } from '../../lib/detect/concepts';
import { SUBJECT_KEYS, TERM_KEYS, type ConceptTerms } from '../../lib/detect/concepts/types';
import { DETECTION_LANGS } from '../eval/real-corpus';

const DIR = resolve(import.meta.dirname, '../../lib/detect/concepts');
/** Keys every language must fill: a subject and a predicate of every state, and hedges. */
const REQUIRED = [
  ...SUBJECT_KEYS,
  'fail',
  'decline',
  'restrict',
  'exceed',
  'unusual',
  'complete',
  'negation',
  'hedge',
  'resolved',
] as const;

describe('concept term files (one per language)', () => {
  const files = readdirSync(DIR).filter(
    (f) => f.endsWith('.ts') && !/^(?:index|types)\.ts$/.test(f),
  );

  it('registers every file, once, and covers every language detection must read', () => {
    expect(CONCEPT_TERMS.length).toBe(files.length);
    const langs = CONCEPT_TERMS.map((t) => t.lang);
    expect(new Set(langs).size).toBe(langs.length);
    expect([...langs].sort()).toEqual([...DETECTION_LANGS].sort());
    for (const terms of CONCEPT_TERMS) expect(files).toContain(`${terms.lang.toLowerCase()}.ts`);
  });

  it.each(CONCEPT_TERMS.map((t) => [t.lang, t] as const))(
    '%s: fills every required concept, lists each term once, and compiles',
    (_lang, terms: ConceptTerms) => {
      for (const key of REQUIRED) expect(terms[key].length, key).toBeGreaterThan(0);
      for (const key of TERM_KEYS) {
        const list = (terms[key] as readonly string[] | undefined) ?? [];
        expect(new Set(list).size, `${key} repeats a term`).toBe(list.length);
        for (const term of list) {
          expect(term, `${key}: "${term}" is not lower case`).toBe(term.toLowerCase());
          expect(term.trim(), `${key}: "${term}" has spaces around it`).toBe(term);
        }
      }
      expect(() => compileTerms(terms)).not.toThrow();
    },
  );
});

describe('candidate filters', () => {
  const flat = (words: readonly string[]) =>
    new RegExp(
      words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|'),
      'g',
    );
  const found = (regex: RegExp, text: string) => [...text.matchAll(regex)].map((m) => m.index);

  it('shaped as a trie, find a word wherever the flat list of the same words does', () => {
    const words = [...TRIGGER_WORDS, ...CONCEPT_TERMS.flatMap((t) => predicateWords(t))];
    const trie = new RegExp(trieSource(words), 'g');
    const texts = [
      'your card was declined. we could not  process your payment; limit reached',
      '您的账户已被冻结，支付失败。カードが拒否されました。결제가 거절되었습니다',
      'ödemeniz reddedildi · платеж отклонен · تم رفض الدفع · भुगतान विफल',
      'balance 12.00 · statement · history · settings',
    ];
    for (const text of texts) expect(found(trie, text)).toEqual(found(flat(words), text));
  });

  it('find candidates in English and the page language with one expression with the rules', () => {
    const trigger = new RegExp(triggerFor(['en', 'ko']));
    expect(trigger.test('결제가 거절되었습니다')).toBe(true);
    expect(trigger.test('your card was declined')).toBe(true);
    expect(trigger.test('ваша карта отклонена')).toBe(false);
  });
});

describe('the concept engine', () => {
  const set = sharedConcepts();
  const states = (text: string, lang: string | null) =>
    set
      .analyse([text], lang)
      .filter((s) => !s.ruledOut)
      .map((s) => s.state);

  it('reads trouble as a subject with a predicate, in any language it has terms for', () => {
    expect(states('Your card was declined.', 'en')).toContain('payment_failed');
    expect(states('Ihre Karte wurde abgelehnt.', 'de')).toContain('payment_failed');
    expect(states('您的账户已被冻结', 'zh-Hans')).toContain('account_locked');
    expect(states('Kartınız reddedildi', 'tr')).toContain('payment_failed');
  });

  it('needs both parts: a topic or a bare failure word is not a message', () => {
    expect(states('Payments and cards', 'en')).toEqual([]);
    expect(states('Verification failed! Please check the address again.', 'en')).toEqual([]);
  });

  it('reads a negated verb of completion as a failure, and a negated lock as none', () => {
    expect(states("We couldn't process your payment.", 'en')).toContain('payment_failed');
    expect(states('No pudimos procesar tu pago.', 'es')).toContain('payment_failed');
    expect(states('Your account is not locked.', 'en')).toEqual([]);
  });

  it('ignores questions, hedged sentences and resolved outcomes', () => {
    expect(states('Why was my card declined?', 'en')).toEqual([]);
    expect(states('If your card was declined, try another one.', 'en')).toEqual([]);
    expect(states('Se o seu pagamento foi recusado, tente outro cartão.', 'pt')).toEqual([]);
    expect(states('如果支付失败，请检查网络。', 'zh-Hans')).toEqual([]);
    expect(states('Payment successful', 'en')).toEqual([]);
  });

  it('takes "cannot" for impossibility, not for a hedge', () => {
    expect(states('Os fundos ainda não podem ser reembolsados.', 'pt')).toContain('refund_issue');
  });

  it('reads a generic error as failure only when something was being processed', () => {
    expect(states('There was an error processing your card.', 'en')).toContain('payment_failed');
    const validation = set.analyse(['卡号输入错误'], 'zh-Hans');
    expect(Math.max(0, ...validation.map((s) => s.score))).toBeLessThan(0.55 / 0.9);
  });

  it('reads a refused acceptance as trouble for a payment, and "card not accepted" as a hint', () => {
    expect(states('Carte non acceptée', 'fr')).toEqual([]);
    expect(states('Karte wurde nicht akzeptiert', 'de')).toEqual([]);
    expect(states('Your payment was not accepted.', 'en')).toContain('payment_failed');
    expect(states("We couldn't accept your card.", 'en')).toContain('payment_failed');
  });

  it('reads "you cannot use your money" as a restriction of the person', () => {
    expect(states('No puedes usar tu dinero en tu cuenta para este pago', 'es')).toContain(
      'account_locked',
    );
    expect(states('This card cannot be used here.', 'en')).toEqual([]);
    expect(states("Don't use your account password anywhere else.", 'en')).toEqual([]);
  });

  it('takes two causes offered as alternatives for a failed payment only', () => {
    expect(states('Your funds are insufficient or you exceeded the purchase limit.', 'en')).toEqual(
      ['payment_failed'],
    );
    const limit = set.analyse(['Has superado el límite de compra.'], 'es');
    expect(limit.map((s) => s.state)).toEqual(['limit_exceeded']);
  });

  it('rules out the limits of offers, and failures of managing saved things', () => {
    const offer = set.analyse(
      ['This discount is not applicable: you have reached the limit.'],
      'en',
    );
    expect(offer).toEqual([expect.objectContaining({ state: 'limit_exceeded', ruledOut: true })]);
    expect(states('Failed to delete the payment method. Try again.', 'en')).toEqual([]);
    expect(states('删除银行卡失败', 'zh-Hans')).toEqual([]);
  });

  it("reads a form's verdict, a merchant's notice about their customer and a negated excess as no trouble", () => {
    expect(states('El mes de vencimiento de tu tarjeta no es válido.', 'es')).toEqual([]);
    expect(states('카드 만료 월이 올바르지 않습니다.', 'ko')).toEqual([]);
    expect(
      states('The refunded amount will not be returned to the customer automatically.', 'en'),
    ).toEqual([]);
    expect(states('The minimum amount has not been reached.', 'en')).toEqual([]);
    expect(states("We couldn't refund your payment.", 'en')).toContain('refund_issue');
  });

  it('reads "not charged" as reassurance, a final question particle as a question, and "we limited" as a restriction', () => {
    expect(states('Failed transactions are not charged.', 'en')).toEqual([]);
    expect(states('失败的交易不会扣款。', 'zh-Hans')).toEqual([]);
    expect(states('บัตรถูกปฏิเสธใช่ไหม ลองใช้บัตรอื่น', 'th')).toEqual([]);
    expect(states('卡被拒绝了吗', 'zh-Hans')).toEqual([]);
    expect(states('Limitamos tu cuenta.', 'es')).toContain('account_locked');
  });

  it('lets a predicate that names its subject or reader stand for them', () => {
    expect(states('余额不足', 'zh-Hans')).toContain('payment_failed');
    expect(states('Estás suspendido para pagar', 'es')).toContain('account_locked');
    expect(states('You can no longer do business with us.', 'en')).toContain('account_locked');
    expect(states('Broadcast failed', 'en')).toContain('payment_failed');
  });

  it('chooses languages from the script and the page, and guesses none it has no words for', () => {
    expect(languagesFor('Pago rechazado', 'es')).toEqual(['es', 'en']);
    expect(languagesFor('Pago rechazado', null)).toContain('es');
    expect(languagesFor('Betalningen misslyckades', 'sv')).toEqual(['en']);
    expect(languagesFor('お支払いに失敗しました', 'ja')).toEqual(['ja']);
    // Characters both forms share: the page's Chinese first; one form's own: that Chinese only.
    expect(languagesFor('付款被拒', 'zh-Hant')).toEqual(['zh-Hant', 'zh-Hans']);
    expect(languagesFor('付款失敗', 'zh-Hans')).toEqual(['zh-Hant']);
    expect(languagesFor('付款失败', 'zh-Hant')).toEqual(['zh-Hans']);
    expect(languagesFor('Η πληρωμή απέτυχε', 'el')).toEqual([]);
    expect(baseLang('pt-BR')).toBe('pt');
    expect(baseLang('zh-HK')).toBe('zh-Hant');
  });

  it('reads a text only in languages it has terms for', () => {
    const terms = (lang: string) => CONCEPT_TERMS.filter((t) => t.lang === lang);
    const english = new ConceptSet(terms('en'));
    expect(english.analyse(['결제가 거절되었습니다'], 'ko')).toEqual([]);
    const korean = new ConceptSet([...terms('en'), ...terms('ko')]);
    expect(korean.analyse(['결제가 거절되었습니다'], 'ko').map((s) => s.state)).toContain(
      'payment_failed',
    );
  });

  it('reads a requirement to continue as a restriction only when nothing else is trouble', () => {
    expect(states('您的账户存在风险，需要验证身份后才能继续使用', 'zh-Hans')).toContain(
      'account_locked',
    );
    expect(states('您的付款金额已达单笔1万元，需要补充身份信息才能继续操作', 'zh-Hans')).toEqual([
      'limit_exceeded',
    ]);
    expect(
      states(
        'You reached your sending limit, so verify your identity to keep using your account.',
        'en',
      ),
    ).toEqual(['limit_exceeded']);
    expect(states('Verify your identity to keep using your account.', 'en')).toEqual([
      'account_locked',
    ]);
  });

  it("reads general statements of cause and effect as no one's trouble", () => {
    expect(states('Insufficient funds will result in a declined payment.', 'en')).toEqual([]);
    expect(states('Approving an unknown device puts your account at risk.', 'en')).toEqual([]);
    expect(states('Los fondos insuficientes darán lugar a un pago rechazado.', 'es')).toEqual([]);
    expect(states('Onvoldoende saldo leidt tot een geweigerde betaling.', 'nl')).toEqual([]);
    expect(states('Yetersiz bakiye, ödemenin reddedilmesine neden olur.', 'tr')).toEqual([]);
    expect(states('Des fonds insuffisants entraînent un paiement refusé.', 'fr')).toEqual([]);
  });

  it("reads an expired field of a card form as the form's verdict", () => {
    expect(states('您的卡片到期年份已过期。', 'zh-Hans')).toEqual([]);
    expect(states('The expiry year has expired.', 'en')).toEqual([]);
    expect(states('您的银行卡已过期。', 'zh-Hans')).toContain('payment_failed');
  });

  it('reads a charge that could not be made as a failure, one not made as reassurance', () => {
    expect(states("We couldn't charge your card.", 'en')).toContain('payment_failed');
    expect(states('Lo sentimos, no pudimos cobrar tu tarjeta.', 'es')).toContain('payment_failed');
    expect(states('Impossible de débiter votre carte.', 'fr')).toContain('payment_failed');
    expect(states('You were not charged.', 'en')).toEqual([]);
    expect(states('No se te cobró nada.', 'es')).toEqual([]);
  });

  it('takes a bare failure of a sign-in, a code or a coupon for no failed payment', () => {
    const score = (text: string, lang: string) =>
      Math.max(0, ...set.analyse([text], lang).map((s) => s.score));
    expect(score('Access denied', 'en')).toBe(0);
    expect(score('Deze code is verlopen', 'nl')).toBe(0);
    expect(score('Payment declined', 'en')).toBeGreaterThanOrEqual(0.55);
  });

  it('hedges a Chinese clause closed by "when", but not a word that holds the character', () => {
    expect(states('单笔转账金额达到50000元时，需要填写付款理由', 'zh-Hans')).toEqual([]);
    expect(states('支付失败时，请检查网络', 'zh-Hans')).toEqual([]);
    expect(states('支付失败，请及时联系客服', 'zh-Hans')).toContain('payment_failed');
    expect(states('您的账户暂时被冻结', 'zh-Hans')).toContain('account_locked');
  });

  it('reads Spanish card and wallet wording: declinada, not enough funds, a problem with the payment', () => {
    for (const text of [
      'Transacción declinada.',
      'Tu tarjeta fue declinada. Intenta con otro medio de pago.',
      'Tu tarjeta no tiene fondos suficientes.',
      'Hubo un problema con tu pago.',
      'Transacción no permitida para esta tarjeta.',
      'Lo sentimos, tu pago no se procesó.',
    ]) {
      expect(states(text, 'es'), text).toContain('payment_failed');
    }
    expect(states('Esta cartera no tiene fondos en este momento.', 'es')).toEqual([]);
    expect(states('En caso de que tu pago sea rechazado, usa otra tarjeta.', 'es')).toEqual([]);
  });

  it('reads Dutch card and wallet wording: afgekeurd, ontoereikend, ging iets mis', () => {
    for (const text of [
      'Je bank heeft de betaling afgekeurd.',
      'Je saldo is niet toereikend.',
      'Je hebt niet genoeg saldo om deze betaling te doen.',
      'Er ging iets mis bij het verwerken van je betaling.',
      'Er is een probleem met je betaling.',
    ]) {
      expect(states(text, 'nl'), text).toContain('payment_failed');
    }
    expect(states('Je account is geschorst.', 'nl')).toContain('account_locked');
    expect(
      states('Mocht je betaling worden geweigerd, probeer dan een andere kaart.', 'nl'),
    ).toEqual([]);
  });

  it('reads Turkish card and wallet wording in its inflected forms, and its conditionals as hedges', () => {
    for (const text of [
      'Bakiyeniz yetersizdir.',
      'Hesabınızda yeterli bakiye bulunmamaktadır.',
      'Bankanız işlemi onaylamadı.',
      'Kartınız internet alışverişlerine kapalıdır.',
      'Kartınızın son kullanma tarihi geçmiş.',
      'İşleminiz şu anda gerçekleştirilemiyor.',
      'Provizyon alınamadı.',
    ]) {
      expect(states(text, 'tr'), text).toContain('payment_failed');
    }
    expect(states('Harcama limitiniz aşılmıştır.', 'tr')).toContain('limit_exceeded');
    expect(states('Hesabınız kilitlenmiştir.', 'tr')).toContain('account_locked');
    expect(states('Ürünler iade edilmedi.', 'tr')).toContain('refund_issue');
    expect(states('Ödemenizin reddedilmesi durumunda başka bir kart deneyin.', 'tr')).toEqual([]);
    expect(states('Ödemeniz reddedilirse başka bir kart deneyin.', 'tr')).toEqual([]);
  });

  it('reads an error beside the subject it names, or during it, as its failure', () => {
    expect(states('Payment error', 'en')).toContain('payment_failed');
    expect(states('Errore di pagamento', 'it')).toContain('payment_failed');
    expect(states('Betalingsfout', 'nl')).toContain('payment_failed');
    expect(states("C'è stato un errore durante il pagamento.", 'it')).toContain('payment_failed');
    expect(states('Ödeme sırasında bir hata oluştu.', 'tr')).toContain('payment_failed');
    expect(states('付款時發生錯誤，請稍後再試。', 'zh-Hant')).toContain('payment_failed');
    expect(states('お支払いの際にエラーが発生しました。', 'ja')).toContain('payment_failed');
    const bare = set.analyse(['There was an error.', 'Your payment details are below.'], 'en');
    expect(Math.max(0, ...bare.map((s) => s.score))).toBeLessThan(0.55);
  });

  it("reads a failure of adding or removing a payment method as that action's, whichever comes first", () => {
    expect(states('La suppression du mode de paiement a échoué', 'fr')).toEqual([]);
    expect(states('Verwijderen van betalingsmethode mislukt', 'nl')).toEqual([]);
    expect(
      states("Une erreur s'est produite en ajoutant votre méthode de paiement.", 'fr'),
    ).toEqual([]);
    expect(states('Your payment failed, so we saved your cart.', 'en')).toContain('payment_failed');
  });

  it('takes pre-authorising a payment method for no authorisation of a payment', () => {
    expect(states('Este método de pagamento não pode ser pré-autorizado.', 'pt')).toEqual([]);
    expect(states('Não foi possível autorizar o pagamento.', 'pt')).toContain('payment_failed');
  });

  it('reads a Thai "cannot pay" as a failed payment', () => {
    expect(states('ไม่สามารถชำระเงินได้ กรุณาตรวจสอบข้อมูล', 'th')).toContain('payment_failed');
  });

  it('reads a failure the sentence denies as none, and a denied success as a failure', () => {
    expect(states('There was no problem with your card.', 'en')).toEqual([]);
    expect(states('Pago completado. No hubo ningún problema con tu tarjeta.', 'es')).toEqual([]);
    expect(states('Ninguna transacción ha sido rechazada en los últimos 30 días.', 'es')).toEqual(
      [],
    );
    expect(states('Er is niets misgegaan met je betaling.', 'nl')).toEqual([]);
    expect(states('付款完成，沒有發生問題。', 'zh-Hant')).toEqual([]);
    expect(states('결제가 거절되지 않았습니다.', 'ko')).toEqual([]);
    expect(states('Pago no exitoso', 'es')).toContain('payment_failed');
    expect(states('El pago no fue exitoso.', 'es')).toContain('payment_failed');
    expect(states('Betaling niet geslaagd', 'nl')).toContain('payment_failed');
    expect(states('O pagamento não foi bem-sucedido.', 'pt')).toContain('payment_failed');
    // A negation of ability still says the payment failed.
    expect(states('No pudimos procesar tu pago.', 'es')).toContain('payment_failed');
  });

  it('keeps the quiet text of wallet and checkout pages quiet', () => {
    // Legal text and rights: what may be refused, to anyone.
    expect(
      states('Los pagos con tarjeta pueden ser rechazados por el banco emisor.', 'es'),
    ).toEqual([]);
    expect(states('Płatności kartą mogą zostać odrzucone przez bank.', 'pl')).toEqual([]);
    expect(states('카드 결제는 카드사 사정에 따라 거절될 수 있습니다.', 'ko')).toEqual([]);
    expect(states('本公司保留拒絕任何交易的權利。', 'zh-Hant')).toEqual([]);
    expect(states('本公司保留拒绝任何交易的权利。', 'zh-Hans')).toEqual([]);
    expect(states('信用卡交易可能會被發卡銀行拒絕。', 'zh-Hant')).toEqual([]);
    // Card settings: what the person can do to their own card.
    expect(
      states('Puedes bloquear tu tarjeta temporalmente desde la sección Ajustes.', 'es'),
    ).toEqual([]);
    expect(states('Je kunt je kaart tijdelijk blokkeren in de instellingen.', 'nl')).toEqual([]);
    expect(states('Możesz tymczasowo zablokować kartę w ustawieniach.', 'pl')).toEqual([]);
    expect(states('설정에서 카드를 일시적으로 정지할 수 있습니다.', 'ko')).toEqual([]);
    expect(states('您可以在設定中暫時凍結您的卡片。', 'zh-Hant')).toEqual([]);
    expect(states('您可以在设置中临时冻结您的银行卡。', 'zh-Hans')).toEqual([]);
    // Limits shown, offers, form hints, help questions, reassurance.
    expect(states('Consulta el límite diario de tu tarjeta en Ajustes.', 'es')).toEqual([]);
    expect(states('請在設定中查看您的每日交易限額。', 'zh-Hant')).toEqual([]);
    expect(
      states('Obtén un 10 % de descuento en tu primera compra. Oferta limitada.', 'es'),
    ).toEqual([]);
    expect(states('Otrzymaj 10% rabatu na pierwsze zakupy. Oferta ograniczona.', 'pl')).toEqual([]);
    expect(states('첫 구매 시 10% 할인. 한정 혜택.', 'ko')).toEqual([]);
    expect(states('Het kaartnummer is ongeldig.', 'nl')).toEqual([]);
    expect(states('카드 번호가 올바르지 않습니다.', 'ko')).toEqual([]);
    expect(states('Co zrobić, gdy płatność zostanie odrzucona?', 'pl')).toEqual([]);
    expect(states('付款失敗怎麼辦？', 'zh-Hant')).toEqual([]);
    expect(states('若付款失敗，我們會以電子郵件通知您。', 'zh-Hant')).toEqual([]);
    expect(states('Er wordt niets afgeschreven totdat je bestelling is verzonden.', 'nl')).toEqual(
      [],
    );
    expect(states('訂單出貨前不會向您收費。', 'zh-Hant')).toEqual([]);
    expect(states('Płatność zakończona sukcesem. Nie masz zaległych płatności.', 'pl')).toEqual([]);
  });

  it('reads Taiwan and Hong Kong wording of declines, checkouts and suspended accounts', () => {
    expect(states('您的信用卡遭拒。', 'zh-Hant')).toContain('payment_failed');
    expect(states('交易遭到婉拒，請聯絡發卡銀行。', 'zh-Hant')).toContain('payment_failed');
    expect(states('結帳失敗，請重新嘗試。', 'zh-Hant')).toContain('payment_failed');
    expect(states('刷卡失敗', 'zh-Hant')).toContain('payment_failed');
    expect(states('您的帳號已被停權。', 'zh-Hant')).toContain('account_locked');
    expect(states('您的帳戶受到限制。', 'zh-Hant')).toContain('account_locked');
    expect(states('您的戶口已被暫停使用。', 'zh-Hant')).toContain('account_locked');
    expect(states('款項尚未入帳。', 'zh-Hant')).toContain('funds_missing');
    expect(states('已超過每日交易額度。', 'zh-Hant')).toContain('limit_exceeded');
  });

  it('reads a payment method that could not be authenticated, or timed out, as a failed payment', () => {
    expect(states('No pudimos autenticar tu tarjeta.', 'es')).toContain('payment_failed');
    expect(states('我們無法驗證您的信用卡。', 'zh-Hant')).toContain('payment_failed');
    expect(states('카드를 인증할 수 없습니다.', 'ko')).toContain('payment_failed');
    expect(states('Kartınızı doğrulayamadık.', 'tr')).toContain('payment_failed');
    expect(states('Payment timed out. Please try again.', 'en')).toContain('payment_failed');
    expect(states('付款逾時，請重新操作。', 'zh-Hant')).toContain('payment_failed');
    expect(states('결제 시간이 초과되었습니다.', 'ko')).toContain('payment_failed');
    expect(states('Ödeme işlemi zaman aşımına uğradı.', 'tr')).toContain('payment_failed');
    // Verifying is no failure; a timed-out sign-in is not a payment's.
    expect(states('Verifica tu pago', 'es')).toEqual([]);
    expect(states('Your session timed out. Please sign in again.', 'en')).toEqual([]);
  });

  it("reads trouble connecting to a provider as the connection's, not the payment's", () => {
    expect(
      states('We are having trouble connecting to our payment provider. Try again.', 'en'),
    ).toEqual([]);
    expect(states('Ödeme sağlayıcısına bağlanırken bir sorun oluştu.', 'tr')).toEqual([]);
    expect(states('결제 서비스에 연결하는 중 문제가 발생했습니다.', 'ko')).toEqual([]);
    expect(states('連接付款服務時發生錯誤。', 'zh-Hant')).toEqual([]);
    // A failure in a clause of its own stays a failure.
    expect(states('Could not connect to your bank; your payment failed.', 'en')).toContain(
      'payment_failed',
    );
  });

  it("reads an error checking a status, or creating a refund, as that action's", () => {
    expect(states('There was an error checking the transaction status.', 'en')).toEqual([]);
    expect(states('Se produjo un error al comprobar el estado de tu pago.', 'es')).toEqual([]);
    expect(states('Fout bij het controleren van de betaalstatus.', 'nl')).toEqual([]);
    expect(states('查詢交易狀態失敗，請稍後再試。', 'zh-Hant')).toEqual([]);
    expect(states('Error: it was not possible to create the refund.', 'en')).toEqual([]);
    expect(states('Fout: het is niet mogelijk een terugbetaling aan te maken.', 'nl')).toEqual([]);
    // The refund itself refused stays trouble.
    expect(states('No pudimos procesar tu reembolso.', 'es')).toContain('refund_issue');
  });

  it('reads a payment not yet processed as pending, and money not yet arrived as missing', () => {
    expect(states('你的付款仍未處理。', 'zh-Hant')).toEqual([]);
    expect(states('您的付款尚未完成处理。', 'zh-Hans')).toEqual([]);
    expect(states('Tu pago todavía no se ha procesado.', 'es')).toEqual([]);
    expect(states('Je betaling is nog niet verwerkt.', 'nl')).toEqual([]);
    expect(states('Your payment has not yet been processed.', 'en')).toEqual([]);
    expect(states('Your payment could not be processed.', 'en')).toContain('payment_failed');
    expect(states('你的付款無法處理。', 'zh-Hant')).toContain('payment_failed');
    expect(states('款項尚未入帳。', 'zh-Hant')).toContain('funds_missing');
  });

  it('reads "yet" beside a negation in its clause as "not yet"', () => {
    expect(states('Płatność nie została jeszcze przetworzona.', 'pl')).toEqual([]);
    expect(states('Your payment has not been processed yet.', 'en')).toEqual([]);
    expect(states('Płatność nie została przetworzona.', 'pl')).toContain('payment_failed');
  });

  it("reads an error during an action on saved things as that action's", () => {
    expect(states('Podczas zapisywania metody płatności wystąpił błąd.', 'pl')).toEqual([]);
    expect(states('An error occurred while saving your card.', 'en')).toEqual([]);
    expect(states('Podczas przetwarzania płatności wystąpił błąd.', 'pl')).toContain(
      'payment_failed',
    );
  });

  it('reads conditions, examples and records of trouble in Chinese and Korean as no trouble now', () => {
    expect(states('如交易失敗，款項將於3至5個工作天內退回。', 'zh-Hant')).toEqual([]);
    expect(states('如交易失败，款项将于3至5个工作日内退回。', 'zh-Hans')).toEqual([]);
    expect(states('例如：付款失敗、帳戶凍結等。', 'zh-Hant')).toEqual([]);
    expect(states('付款失敗紀錄', 'zh-Hant')).toEqual([]);
    expect(states('결제 실패 내역', 'ko')).toEqual([]);
    expect(states('한도 초과 시 결제가 거절될 수 있습니다.', 'ko')).toEqual([]);
    // After the trouble, "如有疑問" offers help and hedges nothing.
    expect(states('您的帳戶已被凍結，如有疑問請致電客服。', 'zh-Hant')).toContain('account_locked');
    expect(states('交易失敗，如需協助請聯絡客服。', 'zh-Hant')).toContain('payment_failed');
    expect(states('일일 한도를 초과했습니다.', 'ko')).toContain('limit_exceeded');
  });

  it('reads a sign-in asked for before paying as no lock', () => {
    expect(states('警告您必須登入後才能付款。', 'zh-Hant')).toEqual([]);
    expect(states('您的帳戶已被凍結，驗證身份後才能繼續使用。', 'zh-Hant')).toContain(
      'account_locked',
    );
  });

  it('reads a modal negated later in its clause, before the verb, as what is impossible', () => {
    expect(states('We kunnen je betaling niet verwerken.', 'nl')).toContain('payment_failed');
    expect(states('Wir können Ihre Zahlung leider nicht verarbeiten.', 'de')).toContain(
      'payment_failed',
    );
    // A negation after the verb leaves the modal a hedge.
    expect(states('Your payment may be declined if you do not confirm it.', 'en')).toEqual([]);
    expect(
      states('Betalingen kunnen worden geweigerd als je saldo niet toereikend is.', 'nl'),
    ).toEqual([]);
  });

  it('reads "not authorised" as a refusal, and as unrecognised activity only beside someone else\'s use', () => {
    expect(states('Pago no autorizado', 'es')).toEqual(['payment_failed']);
    expect(states('Transacción no autorizada', 'es')).toEqual(['payment_failed']);
    expect(states('Pagamento não autorizado', 'pt')).toEqual(['payment_failed']);
    expect(states('Paiement non autorisé', 'fr')).toEqual(['payment_failed']);
    expect(states('交易未授權', 'zh-Hant')).toEqual(['payment_failed']);
    expect(states('交易未獲授權', 'zh-Hant')).toEqual(['payment_failed']);
    // Someone else, a sign-in, an account or money taken: unrecognised activity.
    expect(states('Alguien hizo un pago no autorizado con tu tarjeta.', 'es')).toEqual([
      'unauthorized_activity',
    ]);
    expect(states('Hay un cargo no autorizado en tu tarjeta.', 'es')).toEqual([
      'unauthorized_activity',
    ]);
    expect(states('Detectamos un acceso no autorizado a tu cuenta.', 'es')).toEqual([
      'unauthorized_activity',
    ]);
    expect(states('您的帳戶有一筆未授權的交易。', 'zh-Hant')).toEqual(['unauthorized_activity']);
  });

  it('reads a card that cannot be used or is deactivated as a refused payment, a type or place that it cannot be used in as a hint', () => {
    expect(states('此信用卡無法使用', 'zh-Hant')).toEqual(['payment_failed']);
    expect(states('卡片已停用', 'zh-Hant')).toEqual(['payment_failed']);
    expect(states('此卡无法使用', 'zh-Hans')).toEqual(['payment_failed']);
    expect(states('Bu kart kullanılamıyor', 'tr')).toEqual(['payment_failed']);
    expect(states('Esta tarjeta no se puede usar', 'es')).toEqual(['payment_failed']);
    expect(states('Esta tarjeta está desactivada.', 'es')).toEqual(['payment_failed']);
    expect(states('Deze kaart kan niet worden gebruikt', 'nl')).toEqual(['payment_failed']);
    expect(states('이 카드는 사용할 수 없습니다.', 'ko')).toEqual(['payment_failed']);
    expect(states("This card can't be used.", 'en')).toEqual(['payment_failed']);
    expect(states('Este cartão não pode ser usado.', 'pt')).toEqual(['payment_failed']);
    expect(states('このカードはご利用いただけません。', 'ja')).toEqual(['payment_failed']);
    // A type of card, a place, a setting the person can change, another thing unusable.
    expect(states('해당 유형의 카드는 사용할 수 없습니다.', 'ko')).toEqual([]);
    expect(states('This type of card cannot be used.', 'en')).toEqual([]);
    expect(states('Je kunt deze betaalmethode niet meer gebruiken in deze app.', 'nl')).toEqual([]);
    expect(states('You can deactivate your card in settings.', 'en')).toEqual([]);
    expect(states("Payment method can't be saved for future use.", 'en')).toEqual([]);
    expect(states('无法使用创建发票的同一个钱包进行支付。', 'zh-Hans')).toEqual([]);
  });

  it('reads a card without funds and a payment the bank cancelled as failed, one the person cancelled as none', () => {
    expect(states('Tarjeta sin fondos', 'es')).toEqual(['payment_failed']);
    expect(states('Sin fondos pendientes', 'es')).toEqual([]);
    expect(states('Saldo: 20,00 € · Sin saldo pendiente', 'es')).toEqual([]);
    expect(states('Pago cancelado por el banco', 'es')).toEqual(['payment_failed']);
    expect(states('Your payment was cancelled by your bank.', 'en')).toEqual(['payment_failed']);
    expect(states('You cancelled the payment.', 'en')).toEqual([]);
    expect(states('Cancelaste el pago.', 'es')).toEqual([]);
  });

  it('reads a request to the bank that timed out as a failed payment', () => {
    expect(states('Bankaya gönderilen istek zaman aşımına uğradı', 'tr')).toEqual([
      'payment_failed',
    ]);
    expect(states('La solicitud al banco ha caducado.', 'es')).toEqual(['payment_failed']);
    expect(states('銀行請求逾時，請重新付款。', 'zh-Hant')).toEqual(['payment_failed']);
    // A network or session time-out is no payment's.
    expect(states('網路連線逾時', 'zh-Hant')).toEqual([]);
    expect(states('Bağlantı zaman aşımına uğradı', 'tr')).toEqual([]);
  });

  it("reads a method not offered for a product, or not verified, as the method's status", () => {
    expect(states('Betalen met creditcard is niet mogelijk voor dit product.', 'nl')).toEqual([]);
    expect(states('Deze betaalmethode is niet geverifieerd door ons systeem.', 'nl')).toEqual([]);
    expect(states('This payment method has not been verified.', 'en')).toEqual([]);
    // A payment that did not go through, or a card that could not be verified, failed.
    expect(states('Betaling niet gelukt', 'nl')).toEqual(['payment_failed']);
    expect(states('We konden je kaart niet verifiëren.', 'nl')).toEqual(['payment_failed']);
    expect(states("We couldn't verify your card.", 'en')).toEqual(['payment_failed']);
  });

  it("reads an app's permission and a browser's settings as neither payment nor lock", () => {
    expect(states('應用程式授權失敗，請重新登入。', 'zh-Hant')).toEqual([]);
    expect(states('授权失败，请重新授权微信登录', 'zh-Hans')).toEqual([]);
    expect(states('權限被拒絕', 'zh-Hant')).toEqual([]);
    expect(states('定位权限被拒绝', 'zh-Hans')).toEqual([]);
    expect(states('권한이 거부되었습니다', 'ko')).toEqual([]);
    expect(states('Pop-ups are blocked in your browser.', 'en')).toEqual([]);
    expect(states('JavaScript is disabled in your browser.', 'en')).toEqual([]);
    expect(states('İzin reddedildi', 'tr')).toEqual([]);
    // A card payment's authorisation stays a payment's.
    expect(states('授權失敗', 'zh-Hant')).toEqual(['payment_failed']);
    expect(states('信用卡授權失敗，請改用其他卡片。', 'zh-Hant')).toEqual(['payment_failed']);
  });

  it('reads a Traditional sentence in Traditional Chinese only, so its reassurance is not missed', () => {
    expect(states('被拒絕的交易不會收費。', 'zh-Hant')).toEqual([]);
    expect(states('被拒绝的交易不会收费。', 'zh-Hans')).toEqual([]);
    expect(states('您的交易被拒絕。', 'zh-Hant')).toEqual(['payment_failed']);
    expect(states('您的交易被拒绝。', 'zh-Hans')).toEqual(['payment_failed']);
  });

  it("reads a right to refuse, a report link, a condition after the refusal and an incident among some payments as no one's trouble", () => {
    expect(states('Wij behouden ons het recht voor om betalingen te weigeren.', 'nl')).toEqual([]);
    expect(states('당사는 거래를 거절할 권리가 있습니다.', 'ko')).toEqual([]);
    expect(states('Je kaart wordt geweigerd als je saldo te laag is.', 'nl')).toEqual([]);
    expect(states('Your card is declined if the balance is too low.', 'en')).toEqual([]);
    expect(states('Zgłoś nieautoryzowaną transakcję', 'pl')).toEqual([]);
    expect(states('무단 거래 신고', 'ko')).toEqual([]);
    expect(states('檢舉未經授權的交易', 'zh-Hant')).toEqual([]);
    expect(states('Informa de un pago no autorizado', 'es')).toEqual([]);
    expect(states('Protección contra pagos no autorizados', 'es')).toEqual([]);
    expect(states('장애 해결: 일부 카드 결제가 실패했습니다.', 'ko')).toEqual([]);
    expect(states('事件已解決：部分信用卡付款一度失敗。', 'zh-Hant')).toEqual([]);
    expect(states('密碼錯誤五次後帳戶將被鎖定。', 'zh-Hant')).toEqual([]);
    // The reader's own trouble stays, whatever follows it in its own clause or sentence.
    expect(states('Je kaart is geweigerd. Als je vragen hebt, bel ons.', 'nl')).toEqual([
      'payment_failed',
    ]);
    expect(states('Some of your payments failed.', 'en')).toEqual(['payment_failed']);
    expect(states('Your card was declined, if you think this is a mistake call us.', 'en')).toEqual(
      ['payment_failed'],
    );
    expect(states('您的帳戶已被鎖定。', 'zh-Hant')).toEqual(['account_locked']);
  });

  it('scores one sentence in one language as the engine runs it', () => {
    const en = compileTerms(CONCEPT_TERMS.find((t) => t.lang === 'en')!);
    const [found] = analyseSentence('Your payment failed.', en);
    expect(found).toMatchObject({ state: 'payment_failed', lang: 'en' });
    expect(found!.score).toBeGreaterThanOrEqual(0.9);
  });
});
