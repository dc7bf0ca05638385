import { z } from 'zod';
import { LocalizedTextSchema, SourceSchema } from '../providers/schema';

/**
 * Known fakes from the research notes: phone numbers passed off as a wallet's customer service,
 * and sites that copy or imitate a wallet's pages. They exist to be *warned about*: the number
 * check answers "known fake" for them, the directory lists them under the wallet's scam
 * warnings, and the page guard warns on the sites. They never appear among a wallet's contacts
 * (the registry test refuses them there), and the guard's warning card never shows a fake
 * number. Each entry names where it was seen.
 */

/** A number seen passed off as a wallet's (or any wallet's) customer service. */
export const KnownFakeNumberSchema = z
  .object({
    /** As it was printed where it was seen. */
    number: z.string().regex(/^[+0-9(][0-9 ().+-]*[0-9)]$/),
    /** Where it is dialled: the regions it is read in (`US` for `1844-350-6444`). */
    regionCodes: z.array(z.string().regex(/^[A-Z]{2}$/)).min(1),
    /** The wallet it was claimed for; absent when it posed as help for any failed payment. */
    providerId: z
      .string()
      .regex(/^[a-z0-9]+$/)
      .optional(),
    /** What the page or message that carried it was. */
    seen: LocalizedTextSchema,
    source: SourceSchema,
  })
  .strict();
export type KnownFakeNumber = z.infer<typeof KnownFakeNumberSchema>;

/** A site that copies or imitates a wallet's pages. */
export const KnownCloneSchema = z
  .object({
    host: z.string().regex(/^([a-z0-9-]+\.)+[a-z0-9-]{2,}$/),
    /**
     * `domain`: the whole registrable domain is the clone's (`payout-surge.live`); `host`: only
     * this host, on a platform shared with others (`securepaypal.helpshift.com`).
     */
    match: z.enum(['domain', 'host']),
    providerId: z.string().regex(/^[a-z0-9]+$/),
    seen: LocalizedTextSchema,
    source: SourceSchema,
  })
  .strict();
export type KnownClone = z.infer<typeof KnownCloneSchema>;

const tx = (en: string, zh: string, zhHant: string) => ({ en, 'zh-CN': zh, 'zh-Hant': zhHant });

const SEO_SPAM = tx('a search-engine spam page', '搜索引擎垃圾网页', '搜尋引擎垃圾網頁');
const CCB_NOTICE = 'http://tool1.ccb.com/cn/creditcard/news/detail/20140321_1395382439.html';

export const KNOWN_FAKE_NUMBERS: readonly KnownFakeNumber[] = Object.freeze(
  z.array(KnownFakeNumberSchema).parse([
    {
      number: '1844-350-6444',
      regionCodes: ['US'],
      providerId: 'paypal',
      seen: SEO_SPAM,
      source: { url: 'https://pastebin.com/Lx7aatsY', type: 'secondary' },
    },
    {
      number: '+1 402 935 2218',
      regionCodes: ['US'],
      providerId: 'paypal',
      seen: tx('a phishing e-mail', '钓鱼邮件', '釣魚郵件'),
      source: { url: 'https://pastebin.com/raw/YKTHhP9G', type: 'secondary' },
    },
    {
      number: '+1-855-574-4551',
      regionCodes: ['US'],
      providerId: 'coinbase',
      seen: SEO_SPAM,
      source: { url: 'https://nichequotes.com/resolutions-for-2023-quotes', type: 'secondary' },
    },
    {
      number: '1-844-312-0475',
      regionCodes: ['US'],
      seen: tx(
        'a page offering help with “money debited but payment failed”',
        '声称帮助处理“已扣款但付款失败”的网页',
        '聲稱協助處理「已扣款但付款失敗」的網頁',
      ),
      source: { url: 'https://ncprsa.org/?p=10415', type: 'secondary' },
    },
    {
      number: '95055',
      regionCodes: ['CN'],
      providerId: 'alipay',
      seen: tx(
        'a page that calls it Alipay’s hotline, against every other source',
        '自称支付宝热线的网页，与其他所有来源矛盾',
        '自稱支付寶熱線的網頁，與其他所有來源矛盾',
      ),
      source: { citation: 'a news page on rlut.cn', type: 'secondary' },
    },
    {
      number: '1-(855)(518)(8609)',
      regionCodes: ['US'],
      providerId: 'applepay',
      seen: SEO_SPAM,
      source: {
        citation: 'aubriella.alboompro.com, a page posing as Apple Pay support',
        type: 'secondary',
      },
    },
  ]),
);

export const KNOWN_CLONES: readonly KnownClone[] = Object.freeze(
  z.array(KnownCloneSchema).parse([
    {
      host: 'payout-surge.live',
      match: 'domain',
      providerId: 'wise',
      seen: tx(
        'a copy of the Wise Help Centre',
        'Wise 帮助中心的仿冒副本',
        'Wise 說明中心的仿冒副本',
      ),
      source: {
        citation: 'research notes: serves copies of wise.com/help articles',
        type: 'secondary',
      },
    },
    {
      host: 'webpage.batianhu.cn',
      match: 'host',
      providerId: 'wise',
      seen: tx('copies of Wise help articles', 'Wise 帮助文章的副本', 'Wise 說明文章的副本'),
      source: {
        citation: 'research notes: serves copies of Wise help articles',
        type: 'secondary',
      },
    },
    {
      host: 'securepaypal.helpshift.com',
      match: 'host',
      providerId: 'paypal',
      seen: tx(
        'PayPal-branded help pages on a domain that is not PayPal’s',
        '非 PayPal 域名上的 PayPal 品牌帮助页面',
        '非 PayPal 網域上的 PayPal 品牌說明頁面',
      ),
      source: { citation: 'research notes: PayPal-branded help content', type: 'secondary' },
    },
    ...['phonepecustomercare.com', 'beararmsnbitcoin.com', 'phonepayasyougo.com'].map((host) => ({
      host,
      match: 'domain' as const,
      providerId: 'phonepe',
      seen: tx(
        'copies of PhonePe’s grievance pages',
        'PhonePe 申诉页面的副本',
        'PhonePe 申訴頁面的副本',
      ),
      source: {
        citation: 'research notes: serves copies of PhonePe grievance pages',
        type: 'secondary' as const,
      },
    })),
    {
      host: 'djgho45yw78yg.cloudfront.net',
      match: 'host',
      providerId: 'venmo',
      seen: tx(
        'a spam page pushing a “Venmo” phone number',
        '推销“Venmo”电话号码的垃圾网页',
        '推銷「Venmo」電話號碼的垃圾網頁',
      ),
      source: { citation: 'research notes: scam-style SEO page', type: 'secondary' },
    },
    ...['www.unioay.com', 'www.95516aa.com'].map((host) => ({
      host,
      match: 'domain' as const,
      providerId: 'unionpay',
      seen: tx(
        'a fake UnionPay site named by China Construction Bank',
        '中国建设银行点名的假冒银联网站',
        '中國建設銀行點名的假冒銀聯網站',
      ),
      source: { url: CCB_NOTICE, type: 'official' as const },
    })),
    {
      host: 'aubriella.alboompro.com',
      match: 'host',
      providerId: 'applepay',
      seen: tx(
        'a spam page posing as Apple Pay support',
        '冒充 Apple Pay 客服的垃圾网页',
        '冒充 Apple Pay 客服的垃圾網頁',
      ),
      source: { citation: 'research notes: fake SEO page', type: 'secondary' },
    },
    {
      host: 'zhengzhongguoji.com',
      match: 'domain',
      providerId: 'alipay',
      seen: tx(
        'an old copy of Alipay’s help centre on a spam page',
        '垃圾网页上的旧版支付宝帮助中心副本',
        '垃圾網頁上的舊版支付寶說明中心副本',
      ),
      source: { citation: 'research notes: spam page', type: 'secondary' },
    },
  ]),
);

/** Known fake numbers claimed for `providerId`. */
export function fakeNumbersOf(providerId: string): KnownFakeNumber[] {
  return KNOWN_FAKE_NUMBERS.filter((n) => n.providerId === providerId);
}

/** Known clones of `providerId`. */
export function clonesOf(providerId: string): KnownClone[] {
  return KNOWN_CLONES.filter((c) => c.providerId === providerId);
}
