import { z } from 'zod';
import { LocalizedTextSchema, RegionCodeSchema } from '../providers/schema';
import type { ClockSpan } from './clocks';

/**
 * Where a complaint can go when the provider does not put things right, by region: regulators,
 * ombudsmen and official complaint channels, with their clocks, the steps and documents each one
 * needs, and the public sources every fact was taken from. Only sourced facts are here; a
 * channel whose facts came only from third-party pages says so through `confidence` and its
 * `caution`, and the case page shows that caution next to it.
 */

/** The day a clock counts from, read off the case (see `case-clocks.ts`). */
export const ClockStartSchema = z.enum([
  /** The day the problem happened (the conservative stand-in for a statement date). */
  'incident',
  /** The first logged contact with the provider: the complaint. */
  'first_contact',
  /** The provider's final answer (the outcome's date). */
  'final_response',
  /** The day the person went to this channel. */
  'escalation',
]);
export type ClockStart = z.infer<typeof ClockStartSchema>;

const ClockSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Whose deadline it is: the provider's (or regulator's) to answer, or the person's to act. */
    owner: z.enum(['provider', 'regulator', 'you']),
    amount: z.number().int().positive(),
    unit: z.enum(['calendar_days', 'business_days', 'weeks', 'months']),
    startsAt: ClockStartSchema,
    label: LocalizedTextSchema,
    /** What the person may do once the clock has run out. */
    whenPassed: LocalizedTextSchema,
    source: z.url({ protocol: /^https$/ }),
    /**
     * The kind of product the clock is for, when the regulator's clocks differ by product (the
     * FOS: 15 business days for payment services, 8 weeks otherwise). A case gets the clock of
     * its provider's `service` only, never both.
     */
    product: z.enum(['payments', 'credit']).optional(),
  })
  .strict();
export type EscalationClock = z.infer<typeof ClockSchema> & ClockSpan;

const ChannelSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    regions: z.array(RegionCodeSchema).min(1),
    /**
     * `channel`: somewhere a complaint can be taken. `rules`: obligations the provider itself
     * must meet (e.g. Regulation E), shown for their clocks; nobody "escalates to" them.
     */
    kind: z.enum(['channel', 'rules']).default('channel'),
    name: LocalizedTextSchema,
    url: z.url({ protocol: /^https$/ }).optional(),
    phones: z
      .array(
        z
          .object({
            number: z.string().min(3),
            note: LocalizedTextSchema.optional(),
            /** The page the number was read from: HTTPS only, as every link the product offers. */
            source: z.url({ protocol: /^https$/ }).optional(),
            /** The source named without a link (a page served only over plain HTTP). */
            citation: z
              .string()
              .min(3)
              .refine((c) => !/https?:\/\//i.test(c), 'no links')
              .optional(),
            /** Seen only on a third party's page: shown as "reported by …", never as confirmed. */
            secondary: z.boolean().default(false),
          })
          .strict()
          .refine((phone) => phone.source !== undefined || phone.citation !== undefined, {
            message: 'a number needs its source',
          }),
      )
      .default([]),
    email: z.email().optional(),
    /** Only an address a current source confirms; none rather than an outdated one. */
    postal: z.string().optional(),
    clocks: z.array(ClockSchema).default([]),
    steps: z.array(LocalizedTextSchema).min(1),
    documents: z.array(LocalizedTextSchema).default([]),
    /**
     * Public pages the facts above were read from, shown as links: HTTPS only, so a link the
     * product offers can never be altered on its way to the person.
     */
    sources: z.array(z.url({ protocol: /^https$/ })),
    /**
     * Sources shown as text, not as links: a document, a copy seen elsewhere, or a page served
     * only over plain HTTP (named by its address without a link).
     */
    citations: z
      .array(
        z
          .string()
          .min(3)
          .refine((c) => !/https?:\/\//i.test(c), 'no links'),
      )
      .default([]),
    confidence: z.enum(['high', 'medium-high', 'medium', 'low']),
    /** Shown beside the channel when its facts need checking before use. */
    caution: LocalizedTextSchema.optional(),
  })
  .strict();
export type EscalationChannel = z.infer<typeof ChannelSchema>;

/** A text in every UI language: English, Simplified Chinese, Traditional Chinese. */
const tx = (en: string, zh: string, zhHant: string) => ({ en, 'zh-CN': zh, 'zh-Hant': zhHant });

const COMPLAIN_FIRST = tx(
  'Complain to the provider first and keep its reference number; the channels below expect that.',
  '先向服务商投诉，并保留对方给的工单号；下面的渠道都要求先走这一步。',
  '先向業者申訴，並保留對方提供的受理編號；下面的管道都要求先走這一步。',
);
const DOC_DESCRIPTION = tx(
  'The complaint description (from this case)',
  '投诉描述（由这项投诉生成）',
  '申訴說明（由這項申訴產生）',
);
const DOC_CONTACTS = tx(
  'The call log: dates, agent names, employee ids, reference numbers, what was promised',
  '沟通记录：日期、客服姓名、工号、工单号、对方的承诺',
  '聯絡紀錄：日期、客服人員姓名、員工編號、受理編號、對方的承諾',
);
const DOC_EVIDENCE = tx(
  'Evidence: screenshots, transaction records and messages, with their SHA-256 hashes',
  '证据：截图、交易记录和往来消息，附 SHA-256 哈希值',
  '證據：截圖、交易紀錄和往來訊息，附 SHA-256 雜湊值',
);
const DOC_FINAL = tx(
  'The provider’s final response, if you have one',
  '服务商的最终答复（如有）',
  '業者的最終答覆（如果有）',
);
const DOC_ID = tx('Your identity document', '本人身份证件', '本人的身分證明文件');

// Where the facts were read (research of November 2026); used by several entries below.
const CFPB_CONTACT =
  'https://github.com/cfpb/design-system/blob/main/docs/components/contact-information.md';
const REG_E =
  'https://github.com/cfpb/reg-text/blob/993ba602357d5c2d89de3859f45d0ffd8fc49f72/ecfr/1005.txt';
const FCA_DISP = 'https://handbook.fca.org.uk/handbook/disp1/disp1s6?date=01-06-2026&timeline=true';
const FOS_TIME_LIMITS =
  'https://www.financial-ombudsman.org.uk/faqs/all/time-limits-consumers-making-complaint-complaint-time';
const QINGHAI_12363 =
  'Qinghai Provincial Government, notice of 21 March 2014 opening the 12363 line (www.qinghai.gov.cn/zwgk/system/2014/03/20/010107748.shtml, plain HTTP only)';
const JILIN_12363 =
  'Report on the 12363 line opening in Jilin (www.yixingjingji.com/news/guonei/426807.html, plain HTTP only)';
const SAMR_RULES_COPY = 'https://xiezuofangchengshi.com/doc/62764.html';
const HKMA_SVF =
  'https://www.hkma.gov.hk/eng/key-functions/international-financial-centre/stored-value-facilities-and-retail-payment-systems/regulatory-regime-for-stored-value-facilities/complaints-about-stored-value-facility-licensees/';
const FOI_PROCESS = 'https://www.foi.org.tw/Article.aspx?Arti=29&Lang=2&Role=1';
const FOI_EBOOK = 'https://www.foi.org.tw/SeniorEbook/files/basic-html/page75.html';
const MINT_RBI =
  'https://www.livemint.com/industry/banking/rbi-clarifies-on-the-mode-of-receipt-of-complaints-under-ombudsman-scheme/amp-11646826937598.html';
const RBI_SCHEME_COPY = 'https://www.iclfincorp.com/OmbudsmanScheme/Features';
const BSP_MORB = 'https://morb.bsp.gov.ph/appendix-115/';
const BSP_NOTICE_COPY =
  'https://www.marketscreener.com/news/Central-Bank-of-Philippines-Contact-Information-of-the-BSP-Consumer-Empowerment-Group--29672071/';
const AFCA_CONTACT = 'https://www.afca.org.au/about-afca/contact-us/';
const OFS_FAQ = 'https://www.ofs.org.my/en/faqs';

const RAW_CHANNELS = [
  {
    id: 'us-cfpb',
    regions: ['US'],
    name: tx(
      'Consumer Financial Protection Bureau (CFPB)',
      '美国消费者金融保护局（CFPB）',
      '美國消費者金融保護局（CFPB）',
    ),
    url: 'https://www.consumerfinance.gov/complaint/',
    phones: [
      {
        number: '(855) 411-2372',
        note: tx(
          'toll-free, 8:00–20:00 Eastern time, Monday to Friday; more than 180 languages',
          '免费，美国东部时间周一至周五 8:00–20:00；提供 180 多种语言',
          '免付費，美國東部時間週一至週五 8:00–20:00；提供 180 多種語言',
        ),
        source: CFPB_CONTACT,
      },
      {
        number: '(855) 729-2372',
        note: tx('TTY/TDD', '听障专线（TTY/TDD）', '聽障專線（TTY/TDD）'),
        source: CFPB_CONTACT,
      },
    ],
    // No mailing address: neither address seen on CFPB forms (2013–14, 2017) is confirmed on a
    // current consumerfinance.gov page.
    clocks: [
      {
        id: 'cfpb-response',
        owner: 'provider',
        amount: 15,
        unit: 'calendar_days',
        startsAt: 'escalation',
        label: tx(
          'The company should give the CFPB and you a substantive answer within 15 days',
          '企业应在 15 天内向 CFPB 和你作出实质性答复',
          '企業應在 15 天內向 CFPB 和你提出實質答覆',
        ),
        whenPassed: tx(
          'The 15 days are over: check the complaint’s status on the CFPB portal.',
          '15 天已过：请在 CFPB 网站查看投诉进度。',
          '15 天已過：請到 CFPB 網站查看申訴進度。',
        ),
        source: 'https://issuhub.com/view/index/4410?pageIndex=42',
      },
      {
        id: 'cfpb-close',
        owner: 'provider',
        amount: 60,
        unit: 'calendar_days',
        startsAt: 'escalation',
        label: tx(
          'Companies have 60 days to close all but the most complicated complaints',
          '除最复杂的投诉外，企业有 60 天时间处理完毕',
          '除了最複雜的申訴，企業有 60 天時間處理完畢',
        ),
        whenPassed: tx(
          'The 60 days are over: tell the CFPB if the company has not closed your complaint.',
          '60 天已过：如企业仍未处理完毕，请告知 CFPB。',
          '60 天已過：如果企業仍未處理完畢，請告知 CFPB。',
        ),
        source:
          'https://www.consumerfinance.gov/data-research/research-reports/monthly-complaint-report-vol-11/',
      },
      {
        id: 'cfpb-feedback',
        owner: 'you',
        amount: 60,
        unit: 'calendar_days',
        startsAt: 'final_response',
        label: tx(
          'You have 60 days from the company’s answer to tell the CFPB what you think of it',
          '收到企业答复后，你有 60 天时间向 CFPB 反馈意见',
          '收到企業答覆後，你有 60 天時間向 CFPB 回饋意見',
        ),
        whenPassed: tx(
          'More than 60 days since the answer: the CFPB may no longer take your feedback on it.',
          '距答复已超过 60 天：CFPB 可能不再接受你对该答复的反馈。',
          '距離答覆已超過 60 天：CFPB 可能不再接受你對這份答覆的回饋。',
        ),
        source: 'https://www.consumerfinance.gov/complaint/process/',
      },
    ],
    steps: [
      COMPLAIN_FIRST,
      tx(
        'Submit the complaint on the CFPB website or by phone; paste the description from this case.',
        '在 CFPB 网站或通过电话提交投诉；可粘贴这项投诉生成的描述。',
        '在 CFPB 網站或透過電話提出申訴；可以貼上這項申訴產生的說明。',
      ),
      tx(
        'The CFPB sends it to the company; follow its answer in your CFPB account.',
        'CFPB 会转给企业处理；在 CFPB 账户中查看企业的答复。',
        'CFPB 會轉給企業處理；到你的 CFPB 帳戶查看企業的答覆。',
      ),
    ],
    documents: [DOC_DESCRIPTION, DOC_CONTACTS, DOC_EVIDENCE],
    sources: [
      'https://www.consumerfinance.gov/complaint/process/',
      'https://www.consumerfinance.gov/data-research/research-reports/monthly-complaint-report-vol-11/',
      CFPB_CONTACT,
      'https://issuhub.com/view/index/4410?pageIndex=42',
    ],
    citations: ['CFPB, “Your Money, Your Goals” (copy of the publication), for the 15-day answer'],
    confidence: 'high',
  },
  {
    id: 'us-reg-e',
    regions: ['US'],
    kind: 'rules',
    name: tx(
      'Regulation E error resolution (electronic transfers, 12 CFR 1005.11)',
      'E 条例差错处理（电子转账，12 CFR 1005.11）',
      'Regulation E 錯誤處理程序（電子轉帳，12 CFR 1005.11）',
    ),
    clocks: [
      {
        id: 'reg-e-notice',
        owner: 'you',
        amount: 60,
        unit: 'calendar_days',
        startsAt: 'incident',
        label: tx(
          'Tell the provider about an error or an unauthorised transfer within 60 days of the statement that shows it (counted here from the day of the problem, the safe side); after that you may have to bear later unauthorised transfers',
          '须在显示差错或未经授权转账的对账单发出后 60 天内通知服务商（此处从问题发生日算起，更稳妥）；逾期后，之后发生的未经授权转账可能要由你承担',
          '須在顯示錯誤或未經授權轉帳的對帳單寄出後 60 天內通知業者（這裡從問題發生當天算起，比較保險）；逾期後，之後發生的未經授權轉帳可能要由你承擔',
        ),
        whenPassed: tx(
          'The 60 days may be over: report the error in writing at once anyway.',
          '60 天可能已过：仍请立即以书面形式报告差错。',
          '60 天可能已過：仍請立刻以書面方式通報錯誤。',
        ),
        source: REG_E,
      },
      {
        id: 'reg-e-lost-access',
        owner: 'you',
        amount: 2,
        unit: 'business_days',
        startsAt: 'incident',
        label: tx(
          'If a card, phone or password that gives access to the account was lost or stolen, tell the provider within 2 business days of learning of it: your loss is then at most $50 (later, up to $500)',
          '如可用于访问账户的卡、手机或密码丢失或被盗，须在得知后 2 个工作日内通知服务商：你的损失最多 50 美元（逾期最多 500 美元）',
          '如果可以用來存取帳戶的卡片、手機或密碼遺失或遭竊，須在得知後 2 個工作天內通知業者：你的損失最多 50 美元（逾期則最多 500 美元）',
        ),
        whenPassed: tx(
          'More than 2 business days since you learned of it: your loss may be up to $500 instead of $50. Report it now anyway.',
          '距得知已超过 2 个工作日：你的损失上限可能从 50 美元变为 500 美元。仍请立即报告。',
          '距離得知已超過 2 個工作天：你的損失上限可能從 50 美元變成 500 美元。仍請立刻通報。',
        ),
        source: REG_E,
      },
      {
        id: 'reg-e-investigate',
        owner: 'provider',
        amount: 10,
        unit: 'business_days',
        startsAt: 'first_contact',
        label: tx(
          'The provider decides whether there was an error within 10 business days (20 for an account opened in the last 30 days), or credits you provisionally within 10 business days; it tells you the result within 3 business days of finishing, and corrects an error within 1 business day of finding it',
          '服务商应在 10 个工作日内（开户不满 30 天的账户为 20 个）判定是否有差错，或在 10 个工作日内先行临时入账；调查结束后 3 个工作日内告知结果，确认有差错后 1 个工作日内更正',
          '業者應在 10 個工作天內（開戶未滿 30 天的帳戶為 20 個）判定是否有錯誤，或在 10 個工作天內先暫時入帳；調查結束後 3 個工作天內告知結果，確認有錯誤後 1 個工作天內更正',
        ),
        whenPassed: tx(
          'The 10 business days are over: ask for the result or a provisional credit, then consider the CFPB.',
          '10 个工作日已过：请询问调查结果或临时入账，必要时考虑向 CFPB 投诉。',
          '10 個工作天已過：請詢問調查結果或要求暫時入帳，必要時考慮向 CFPB 申訴。',
        ),
        source: REG_E,
      },
      {
        id: 'reg-e-extended',
        owner: 'provider',
        amount: 45,
        unit: 'calendar_days',
        startsAt: 'first_contact',
        label: tx(
          'With a provisional credit, the investigation may take up to 45 days; 90 days for a transfer not initiated within a US state, a point-of-sale debit card transaction, or a new account',
          '已临时入账的，调查最长可用 45 天；非在美国境内发起的转账、POS 借记卡交易或新开账户为 90 天',
          '已暫時入帳的，調查最長可以延到 45 天；不是在美國境內發起的轉帳、POS 簽帳金融卡交易或新開帳戶為 90 天',
        ),
        whenPassed: tx(
          'The 45 days are over (90 in the cases named): the provider owes you a result; you may go to the CFPB.',
          '45 天已过（上述情形为 90 天）：服务商应给出结果；可向 CFPB 投诉。',
          '45 天已過（上述情形為 90 天）：業者應提出結果；你可以向 CFPB 申訴。',
        ),
        source: REG_E,
      },
    ],
    steps: [
      tx(
        'Report the error to the provider, ideally in writing, with the amount, date and why you think it is wrong. If you report it by phone, the provider may ask you to confirm in writing within 10 business days.',
        '向服务商报告差错，最好书面报告，写明金额、日期以及你认为有误的原因。如通过电话报告，服务商可能要求你在 10 个工作日内书面确认。',
        '向業者通報錯誤，最好以書面方式，寫明金額、日期，以及你認為哪裡有誤。如果以電話通報，業者可能要求你在 10 個工作天內以書面確認。',
      ),
      tx(
        'Ask whether you will get a provisional credit while they investigate.',
        '询问调查期间能否先行临时入账。',
        '詢問調查期間能否先暫時入帳。',
      ),
    ],
    documents: [DOC_DESCRIPTION, DOC_EVIDENCE],
    sources: [REG_E],
    citations: ['12 CFR 1005.6 (liability) and 1005.11 (error resolution), the CFPB’s eCFR mirror'],
    confidence: 'high',
  },
  {
    id: 'uk-fos',
    regions: ['GB'],
    name: tx(
      'Financial Ombudsman Service (UK)',
      '英国金融申诉专员服务（FOS）',
      '英國金融申訴專員（FOS）',
    ),
    url: 'https://www.financial-ombudsman.org.uk/',
    phones: [
      {
        number: '0300 123 9 123',
        note: tx('8:00–17:00, Monday to Friday', '周一至周五 8:00–17:00', '週一至週五 8:00–17:00'),
        citation:
          'Financial Ombudsman Service, easy-read help page (www.financial-ombudsman.org.uk/help/easyread.html, plain HTTP only)',
      },
      {
        number: '0800 023 4567',
        note: tx('free from landlines', '固定电话免费', '市話免付費'),
        source: 'https://wise.com/help/articles/2235393/how-do-i-make-a-complaint',
        secondary: true,
      },
      {
        number: '+44 20 7964 0500',
        note: tx('from abroad', '境外拨打', '從英國境外撥打'),
        source: 'https://wise.com/help/articles/2235393/how-do-i-make-a-complaint',
        secondary: true,
      },
    ],
    email: 'complaint.info@financial-ombudsman.org.uk',
    // No postal address: the one seen (Exchange Tower) was confirmed only on firms' pages.
    clocks: [
      {
        id: 'fos-payment-services',
        owner: 'provider',
        product: 'payments',
        amount: 15,
        unit: 'business_days',
        startsAt: 'first_contact',
        label: tx(
          'Payment and e-money firms should send a final response within 15 business days (up to 35 in exceptional cases, after a holding reply)',
          '支付和电子货币机构应在 15 个工作日内给出最终答复（特殊情况下先给临时答复，最长 35 个工作日）',
          '支付和電子貨幣機構應在 15 個工作天內提出最終答覆（特殊情況下先給暫時答覆，最長 35 個工作天）',
        ),
        whenPassed: tx(
          'The provider has had 15 business days: unless it sent a holding reply saying why it needs up to 35, you may now go to the FOS.',
          '服务商已用满 15 个工作日：除非对方已发临时答复说明需要最长 35 个工作日，你现在可以向 FOS 申诉。',
          '業者的 15 個工作天已用完：除非對方已寄出暫時答覆說明需要最長 35 個工作天，你現在可以向 FOS 申訴。',
        ),
        source: FCA_DISP,
      },
      {
        id: 'fos-payment-services-exceptional',
        owner: 'provider',
        product: 'payments',
        amount: 35,
        unit: 'business_days',
        startsAt: 'first_contact',
        label: tx(
          'Exceptional payment-services cases: at most 35 business days',
          '支付服务特殊情况：最长 35 个工作日',
          '支付服務的特殊情況：最長 35 個工作天',
        ),
        whenPassed: tx(
          'The provider has had 35 business days: you may now go to the FOS.',
          '服务商已用满 35 个工作日：你现在可以向 FOS 申诉。',
          '業者的 35 個工作天已用完：你現在可以向 FOS 申訴。',
        ),
        source: FCA_DISP,
      },
      {
        id: 'fos-eight-weeks',
        owner: 'provider',
        product: 'credit',
        amount: 8,
        unit: 'weeks',
        startsAt: 'first_contact',
        label: tx(
          'Complaints about credit and other products: the firm has up to 8 weeks',
          '信贷及其他产品的投诉：机构最长有 8 周时间',
          '信貸及其他產品的申訴：機構最長有 8 週時間',
        ),
        whenPassed: tx(
          'Eight weeks have passed: you may now go to the FOS even without a final response.',
          '已满 8 周：即使没有最终答复，你也可以向 FOS 申诉。',
          '已滿 8 週：即使還沒有最終答覆，你也可以向 FOS 申訴。',
        ),
        source: FCA_DISP,
      },
      {
        id: 'fos-refer-within',
        owner: 'you',
        amount: 6,
        unit: 'months',
        startsAt: 'final_response',
        label: tx(
          'Refer the complaint to the FOS within 6 months of the final response',
          '须在收到最终答复后 6 个月内向 FOS 申诉',
          '須在收到最終答覆後 6 個月內向 FOS 申訴',
        ),
        whenPassed: tx(
          'More than 6 months since the final response: the FOS may no longer take the complaint.',
          '距最终答复已超过 6 个月：FOS 可能不再受理。',
          '距離最終答覆已超過 6 個月：FOS 可能不再受理。',
        ),
        source: FOS_TIME_LIMITS,
      },
      {
        id: 'fos-six-years',
        owner: 'you',
        amount: 72,
        unit: 'months',
        startsAt: 'incident',
        label: tx(
          'The outer limit: 6 years from the event (or, if later, 3 years from when you knew you had cause to complain)',
          '最终期限：事件发生后 6 年（如较晚，则为你得知有理由投诉后 3 年）',
          '最終期限：事件發生後 6 年（如果較晚，則為你得知有理由申訴後 3 年）',
        ),
        whenPassed: tx(
          'More than 6 years since the event: the FOS can take the complaint only if you learned of the problem within the last 3 years.',
          '距事件已超过 6 年：只有在你近 3 年内才得知问题时，FOS 才能受理。',
          '距離事件已超過 6 年：只有在你最近 3 年內才得知問題時，FOS 才能受理。',
        ),
        source: FOS_TIME_LIMITS,
      },
    ],
    steps: [
      COMPLAIN_FIRST,
      tx(
        'Wait for the final response or for the provider’s time to run out (see the clocks).',
        '等待最终答复，或等服务商的处理时限届满（见下方时限）。',
        '等待最終答覆，或等業者的處理期限屆滿（見下方期限）。',
      ),
      tx(
        'Contact the FOS online or by phone and give the provider’s reference number.',
        '通过网站或电话联系 FOS，并提供服务商给的工单号。',
        '透過網站或電話聯絡 FOS，並提供業者給你的受理編號。',
      ),
    ],
    documents: [DOC_DESCRIPTION, DOC_FINAL, DOC_CONTACTS, DOC_EVIDENCE],
    sources: [
      FCA_DISP,
      FOS_TIME_LIMITS,
      'https://financial-ombudsman.org.uk/faqs/all/complaint-urgent',
      'https://financial-ombudsman.org.uk/consumers/complaints-can-help/banking-and-payments/electronic-money',
    ],
    confidence: 'high',
  },
  {
    id: 'eu-ecc-net',
    regions: ['EU'],
    name: tx(
      'European Consumer Centres Network (ECC-Net)',
      '欧洲消费者中心网络（ECC-Net）',
      '歐洲消費者中心網路（ECC-Net）',
    ),
    url: 'https://www.eccnet.eu/',
    steps: [
      COMPLAIN_FIRST,
      tx(
        'Then contact the European Consumer Centre of the country you live in (29 centres: the EU, Norway and Iceland). It helps with cross-border disputes but cannot enforce decisions.',
        '然后联系你居住国的欧洲消费者中心（共 29 个：欧盟、挪威和冰岛）。它协助处理跨境纠纷，但无权强制执行。',
        '接著聯絡你居住國家的歐洲消費者中心（共 29 個：歐盟各國、挪威和冰島）。它協助處理跨境糾紛，但沒有強制執行的權力。',
      ),
      tx(
        'For financial services, the out-of-court body is found through FIN-NET, the network of national financial dispute bodies; the provider’s terms name its own supervisor or ombudsman (for example CSSF Luxembourg for PayPal Europe, Ombudsfin for Wise Europe, the Bank of Lithuania for Revolut in the EEA).',
        '金融服务纠纷可通过 FIN-NET（各国金融纠纷调解机构网络）找到庭外解决机构；服务商条款中会写明其监管或调解机构（例如 PayPal 欧洲为卢森堡 CSSF，Wise 欧洲为 Ombudsfin，Revolut 欧洲经济区为立陶宛央行）。',
        '金融服務糾紛可透過 FIN-NET（各國金融爭議調解機構的網路）找到訴訟外的解決機構；業者的條款中會寫明它的主管或調解機構（例如 PayPal 歐洲為盧森堡 CSSF，Wise 歐洲為 Ombudsfin，Revolut 歐洲經濟區為立陶宛中央銀行）。',
      ),
    ],
    documents: [DOC_DESCRIPTION, DOC_CONTACTS, DOC_EVIDENCE],
    sources: [
      'https://www.eccnet.eu/ecc-network/our-services/our-work',
      'https://www.nbs.sk/en/consumer/consumer/how-to-tackle-a-problem-with-a-financial-service/how-to-settle-a-cross-border-dispute',
    ],
    confidence: 'high',
  },
  {
    id: 'cn-pboc-12363',
    regions: ['CN'],
    name: tx(
      'People’s Bank of China consumer hotline 12363',
      '中国人民银行金融消费权益保护咨询投诉电话 12363',
      '中國人民銀行金融消費權益保護諮詢投訴電話 12363',
    ),
    phones: [
      {
        number: '12363',
        note: tx(
          'working days, hours vary by province; add the area code for another city',
          '工作日接听，各地时间不同；跨地市拨打需加区号',
          '工作天接聽，各地時間不同；從其他城市撥打需加區號',
        ),
        citation: QINGHAI_12363,
      },
    ],
    steps: [
      COMPLAIN_FIRST,
      tx(
        'For payment and settlement problems, call 12363 on a working day and give the provider’s reference number.',
        '支付结算类问题，可在工作日拨打 12363，并提供服务商给的工单号。',
        '支付結算類問題，可在工作天撥打 12363，並提供業者給你的受理編號。',
      ),
    ],
    documents: [DOC_DESCRIPTION, DOC_CONTACTS, DOC_EVIDENCE, DOC_ID],
    // Both pages are served only over plain HTTP: named, not linked.
    sources: [],
    citations: [QINGHAI_12363, JILIN_12363],
    confidence: 'medium-high',
    caution: tx(
      'Only a 2014 government notice confirms this line. Whether it still takes complaints about payment companies since the 2023 reform of financial supervision is not confirmed: ask when you call.',
      '只有 2014 年的政府通知确认了这条热线。2023 年金融监管改革后它是否仍受理支付机构的投诉，尚未得到确认：拨打时请先询问。',
      '只有 2014 年的政府通知確認了這條熱線。2023 年金融監理改革後，它是否仍受理支付機構的投訴，尚未獲得確認：撥打時請先詢問。',
    ),
  },
  {
    id: 'cn-nfra-12378',
    regions: ['CN'],
    name: tx(
      'National Financial Regulatory Administration hotline 12378 (banking and insurance)',
      '国家金融监督管理总局银行保险消费者投诉维权热线 12378',
      '國家金融監督管理總局銀行保險消費者投訴維權熱線 12378',
    ),
    phones: [
      {
        number: '12378',
        note: tx('working days', '工作日', '工作天'),
        source: 'https://szcga.com/zhengceinfo.asp?ID=1173',
        secondary: true,
      },
    ],
    steps: [
      COMPLAIN_FIRST,
      tx(
        'For problems with a bank or insurer linked to the payment, call 12378.',
        '涉及关联银行或保险机构的问题，可拨打 12378。',
        '涉及相關銀行或保險機構的問題，可以撥打 12378。',
      ),
    ],
    documents: [DOC_DESCRIPTION, DOC_CONTACTS, DOC_EVIDENCE],
    sources: [
      'https://szcga.com/zhengceinfo.asp?ID=1173',
      'https://www.dataiw.cn/changshi/358585.html',
    ],
    confidence: 'medium',
    caution: tx(
      'Reported only by third-party pages, which also say a reply usually comes within 15 working days: check the number on an official site before relying on it.',
      '仅见于第三方网页（这些网页还称一般在 15 个工作日内答复）：请先在官方网站核实。',
      '只見於第三方網頁（這些網頁還說一般在 15 個工作天內答覆）：請先到官方網站確認。',
    ),
  },
  {
    id: 'cn-12315',
    regions: ['CN'],
    name: tx(
      'National 12315 consumer platform (market regulation)',
      '全国 12315 平台（市场监管）',
      '全國 12315 平台（市場監管）',
    ),
    phones: [{ number: '12315', source: SAMR_RULES_COPY, secondary: true }],
    clocks: [
      {
        id: 'samr-accept',
        owner: 'regulator',
        amount: 7,
        unit: 'business_days',
        startsAt: 'escalation',
        label: tx(
          'The market regulator decides within 7 working days whether to take the complaint',
          '市场监管部门应在 7 个工作日内决定是否受理',
          '市場監管部門應在 7 個工作天內決定是否受理',
        ),
        whenPassed: tx(
          'The 7 working days are over: ask 12315 whether your complaint was taken up.',
          '7 个工作日已过：请向 12315 询问是否已受理。',
          '7 個工作天已過：請向 12315 詢問是否已受理。',
        ),
        source: SAMR_RULES_COPY,
      },
      {
        id: 'samr-mediation',
        owner: 'regulator',
        amount: 45,
        unit: 'business_days',
        startsAt: 'escalation',
        label: tx(
          'Mediation ends if no agreement is reached within 45 working days of the complaint being taken up',
          '受理后 45 个工作日内未达成调解协议的，调解终止',
          '受理後 45 個工作天內沒有達成調解協議的，調解終止',
        ),
        whenPassed: tx(
          'The 45 working days are over: if there is no agreement, ask about your other options, such as arbitration or a court.',
          '45 个工作日已过：如仍未达成协议，可咨询仲裁、诉讼等其他途径。',
          '45 個工作天已過：如果仍未達成協議，可以詢問仲裁、訴訟等其他途徑。',
        ),
        source: SAMR_RULES_COPY,
      },
    ],
    steps: [
      COMPLAIN_FIRST,
      tx(
        'For disputes with the merchant about goods or services, contact 12315.',
        '与商家的商品或服务纠纷，可联系 12315。',
        '和商家之間的商品或服務糾紛，可以聯絡 12315。',
      ),
    ],
    documents: [DOC_DESCRIPTION, DOC_EVIDENCE],
    sources: [SAMR_RULES_COPY],
    citations: [
      '《市场监督管理投诉举报处理暂行办法》 arts. 14 and 21, as quoted by a third-party page',
    ],
    confidence: 'medium',
    caution: tx(
      'The number and the time limits are reported by a third-party page quoting the market regulator’s rules: check them on an official government site.',
      '号码和时限来自引用市场监管规定的第三方网页：请在政府官方网站核实。',
      '號碼和期限出自引用市場監管規定的第三方網頁：請到政府官方網站確認。',
    ),
  },
  {
    // E-wallets in Hong Kong (AlipayHK, WeChat Pay HK, …) are stored value facility licensees.
    // The FDRC is left out on purpose: whether these licensees belong to its scheme is not
    // confirmed by any source recorded so far.
    id: 'hk-hkma-svf',
    regions: ['HK'],
    name: tx(
      'Hong Kong Monetary Authority (HKMA): complaints about stored value facility licensees',
      '香港金融管理局（金管局）：储值支付工具持牌人投诉',
      '香港金融管理局（金管局）：儲值支付工具持牌人投訴',
    ),
    url: HKMA_SVF,
    phones: [
      {
        number: '2878 1188',
        note: tx(
          'HKMA enquiries; it can also tell you where a licensed e-wallet takes complaints',
          '金管局查询电话；也可告知持牌电子钱包受理投诉的渠道',
          '金管局查詢熱線；也可告知各持牌電子錢包處理投訴的途徑',
        ),
        source: HKMA_SVF,
      },
    ],
    steps: [
      COMPLAIN_FIRST,
      tx(
        'The HKMA advises going to the e-wallet itself first, as that usually settles things sooner. Its page lists the complaint contact of every licensed e-wallet.',
        '金管局建议先直接向电子钱包投诉，这样通常更快解决。金管局网页列出了各持牌电子钱包受理投诉的联系方式。',
        '金管局建議先直接向電子錢包投訴，這樣通常解決得更快。金管局網頁列出了各持牌電子錢包受理投訴的聯絡方式。',
      ),
      tx(
        'If the e-wallet does not put it right, complain to the HKMA through that page or by phone. The HKMA supervises licensed e-wallets but does not normally overrule their business decisions or settle an individual dispute.',
        '如电子钱包未能妥善处理，可通过该网页或致电金管局投诉。金管局负责监管持牌电子钱包，但一般不会推翻其商业决定，也不会裁决个别纠纷。',
        '如果電子錢包沒有妥善處理，可以透過該網頁或致電金管局投訴。金管局負責監管持牌電子錢包，但一般不會推翻它們的商業決定，也不會裁決個別糾紛。',
      ),
    ],
    documents: [DOC_DESCRIPTION, DOC_FINAL, DOC_CONTACTS, DOC_EVIDENCE],
    sources: [HKMA_SVF],
    confidence: 'high',
  },
  {
    id: 'ie-fspo',
    regions: ['IE'],
    name: tx(
      'Financial Services and Pensions Ombudsman (Ireland)',
      '爱尔兰金融服务和养老金申诉专员（FSPO）',
      '愛爾蘭金融服務與退休金申訴專員（FSPO）',
    ),
    url: 'https://www.fspo.ie/make-a-complaint/',
    phones: [
      {
        number: '+353 1 567 7000',
        source:
          'https://support.simplybe.ie/hc/en-gb/articles/10563497114140-How-to-make-a-complaint',
        secondary: true,
      },
    ],
    clocks: [
      {
        id: 'fspo-forty-days',
        owner: 'provider',
        amount: 40,
        unit: 'calendar_days',
        startsAt: 'first_contact',
        label: tx(
          'Once 40 days have passed since you complained to the provider, you may go to the FSPO without waiting for its final letter',
          '向服务商投诉满 40 天后，即使没有收到其最终答复，也可以向 FSPO 投诉',
          '向業者申訴滿 40 天後，即使還沒收到它的最終答覆，也可以向 FSPO 申訴',
        ),
        whenPassed: tx(
          'The 40 days are over: you may now complain to the FSPO.',
          '40 天已过：你现在可以向 FSPO 投诉。',
          '40 天已過：你現在可以向 FSPO 申訴。',
        ),
        source: 'https://www.fspo.ie/complaint-form.aspx',
      },
    ],
    steps: [
      COMPLAIN_FIRST,
      tx(
        'Then complain to the FSPO online; it costs nothing. It handles providers regulated in Ireland, such as Coinbase Ireland’s e-money services.',
        '然后在网上向 FSPO 投诉，不收费用。它处理在爱尔兰受监管的服务商，例如 Coinbase 爱尔兰的电子货币服务。',
        '接著在網路上向 FSPO 申訴，不收費用。它處理在愛爾蘭受監理的業者，例如 Coinbase 愛爾蘭的電子貨幣服務。',
      ),
    ],
    documents: [DOC_DESCRIPTION, DOC_FINAL, DOC_CONTACTS, DOC_EVIDENCE],
    sources: [
      'https://www.fspo.ie/make-a-complaint/',
      'https://www.fspo.ie/complaint-form.aspx',
      'https://www.fspo.ie/about-us/charter.asp',
    ],
    confidence: 'high',
  },
  {
    id: 'tw-foi',
    regions: ['TW'],
    name: tx(
      'Financial Ombudsman Institution (Taiwan)',
      '财团法人金融消费评议中心（台湾）',
      '財團法人金融消費評議中心',
    ),
    url: 'https://www.foi.org.tw/',
    phones: [
      {
        number: '0800-789-885',
        note: tx(
          'free line for financial disputes',
          '金融消费争议免费专线',
          '金融消費爭議免付費專線',
        ),
        source: FOI_EBOOK,
      },
      {
        number: '1998',
        note: tx(
          'Financial Supervisory Commission’s financial services line',
          '金融监督管理委员会金融服务专线',
          '金管會金融服務專線',
        ),
        source: FOI_EBOOK,
      },
    ],
    clocks: [
      {
        id: 'foi-provider-thirty-days',
        owner: 'provider',
        amount: 30,
        unit: 'calendar_days',
        startsAt: 'first_contact',
        label: tx(
          'The financial firm should handle your complaint within 30 days',
          '金融服务业应在 30 天内妥善处理你的投诉',
          '金融服務業應在 30 天內妥適處理你的申訴',
        ),
        whenPassed: tx(
          'The 30 days are over: within the next 60 days you may apply to the FOI.',
          '30 天已过：你可以在之后 60 天内向评议中心申请评议。',
          '30 天已過：你可以在之後 60 天內向評議中心申請評議。',
        ),
        source: FOI_PROCESS,
      },
      {
        id: 'foi-apply-sixty-days',
        owner: 'you',
        amount: 60,
        unit: 'calendar_days',
        startsAt: 'final_response',
        label: tx(
          'Apply to the FOI within 60 days of the firm’s answer (or of the end of its 30 days)',
          '须在收到金融服务业的处理结果（或其 30 天期限届满）后 60 天内向评议中心申请',
          '須在收到金融服務業的處理結果（或它的 30 天期限屆滿）後 60 天內向評議中心申請',
        ),
        whenPassed: tx(
          'More than 60 days since the answer: the FOI may no longer take the dispute.',
          '距处理结果已超过 60 天：评议中心可能不再受理。',
          '距離處理結果已超過 60 天：評議中心可能不再受理。',
        ),
        source: FOI_PROCESS,
      },
    ],
    steps: [
      COMPLAIN_FIRST,
      tx(
        'If the firm does not settle it, apply to the FOI for an evaluation; call its free line first if you are unsure.',
        '如金融服务业未能解决，可向评议中心申请评议；如不确定，可先拨打其免费专线咨询。',
        '如果金融服務業沒有解決，可以向評議中心申請評議；不確定時，可以先撥打它的免付費專線諮詢。',
      ),
    ],
    documents: [DOC_DESCRIPTION, DOC_FINAL, DOC_CONTACTS, DOC_EVIDENCE, DOC_ID],
    sources: [FOI_PROCESS, FOI_EBOOK],
    confidence: 'high',
  },
  {
    id: 'sg-fidrec',
    regions: ['SG'],
    name: tx(
      'Financial Industry Disputes Resolution Centre (FIDReC, Singapore)',
      '新加坡金融业争议调解中心（FIDReC）',
      '新加坡金融業爭議調解中心（FIDReC）',
    ),
    url: 'https://www.fidrec.com.sg/',
    clocks: [
      {
        id: 'fidrec-six-months',
        owner: 'you',
        amount: 6,
        unit: 'months',
        startsAt: 'final_response',
        label: tx(
          'Go to FIDReC within 6 months of the financial institution’s final reply',
          '须在收到金融机构最终答复后 6 个月内向 FIDReC 提出',
          '須在收到金融機構最終答覆後 6 個月內向 FIDReC 提出',
        ),
        whenPassed: tx(
          'More than 6 months since the final reply: FIDReC may not be able to help.',
          '距最终答复已超过 6 个月：FIDReC 可能无法协助。',
          '距離最終答覆已超過 6 個月：FIDReC 可能無法協助。',
        ),
        source: 'https://www.moneysense.gov.sg/resolving-a-dispute-with-a-financial-institution/',
      },
    ],
    steps: [
      COMPLAIN_FIRST,
      tx(
        'If the institution cannot resolve it, file a claim with FIDReC; it costs nothing.',
        '如金融机构无法解决，可向 FIDReC 免费提出申请。',
        '如果金融機構無法解決，可以向 FIDReC 免費提出申請。',
      ),
    ],
    documents: [DOC_DESCRIPTION, DOC_FINAL, DOC_CONTACTS, DOC_EVIDENCE],
    sources: [
      'https://www.fidrec.com.sg/website/filingaclaim.html',
      'https://www.moneysense.gov.sg/resolving-a-dispute-with-a-financial-institution/',
    ],
    confidence: 'high',
  },
  {
    id: 'in-rbi-cms',
    regions: ['IN'],
    name: tx(
      'Reserve Bank of India Integrated Ombudsman (CMS portal)',
      '印度储备银行综合申诉专员（CMS 平台）',
      '印度儲備銀行綜合申訴專員（CMS 平台）',
    ),
    url: 'https://cms.rbi.org.in/',
    phones: [
      {
        number: '14448',
        note: tx(
          'RBI Contact Centre, 9:30–17:15 on working days',
          'RBI 联络中心，工作日 9:30–17:15',
          'RBI 聯絡中心，工作天 9:30–17:15',
        ),
        source: MINT_RBI,
        secondary: true,
      },
    ],
    // No postal address: the one reported (CRPC, Chandigarh) is confirmed only by the press.
    clocks: [
      {
        id: 'rbi-provider-30-days',
        owner: 'provider',
        amount: 30,
        unit: 'calendar_days',
        startsAt: 'first_contact',
        label: tx(
          'The provider has 30 days to resolve your complaint',
          '服务商有 30 天时间处理你的投诉',
          '業者有 30 天時間處理你的申訴',
        ),
        whenPassed: tx(
          'The provider has had 30 days: you may now complain on the RBI CMS portal.',
          '服务商已用满 30 天：你现在可以在 RBI CMS 平台投诉。',
          '業者的 30 天已用完：你現在可以在 RBI CMS 平台申訴。',
        ),
        source: RBI_SCHEME_COPY,
      },
      {
        id: 'rbi-one-year',
        owner: 'you',
        amount: 12,
        unit: 'months',
        startsAt: 'final_response',
        label: tx(
          'Lodge with the RBI within one year of the provider’s reply',
          '须在服务商答复后一年内向 RBI 投诉',
          '須在業者答覆後一年內向 RBI 申訴',
        ),
        whenPassed: tx(
          'More than a year since the reply: the RBI may no longer take the complaint.',
          '距答复已超过一年：RBI 可能不再受理。',
          '距離答覆已超過一年：RBI 可能不再受理。',
        ),
        source: RBI_SCHEME_COPY,
      },
      {
        // "one year and 30 days": 395 days, a day early in a leap year (never late).
        id: 'rbi-no-reply',
        owner: 'you',
        amount: 395,
        unit: 'calendar_days',
        startsAt: 'first_contact',
        label: tx(
          'If the provider never replies: lodge with the RBI within one year and 30 days of your complaint',
          '如服务商始终未答复：须在投诉之日起一年零 30 天内向 RBI 投诉',
          '如果業者始終沒有答覆：須在申訴之日起一年又 30 天內向 RBI 申訴',
        ),
        whenPassed: tx(
          'More than a year and 30 days since your complaint: the RBI may no longer take it.',
          '距你投诉已超过一年零 30 天：RBI 可能不再受理。',
          '距離你申訴已超過一年又 30 天：RBI 可能不再受理。',
        ),
        source: RBI_SCHEME_COPY,
      },
    ],
    steps: [
      COMPLAIN_FIRST,
      tx(
        'If there is no answer in 30 days, or the answer does not satisfy you, file on cms.rbi.org.in. It is free: the RBI uses no agents.',
        '如 30 天内没有答复或答复不满意，在 cms.rbi.org.in 提交投诉。免费，RBI 不通过任何中介。',
        '如果 30 天內沒有答覆，或你不滿意答覆，請在 cms.rbi.org.in 提出申訴。免費，RBI 不透過任何中間人。',
      ),
    ],
    documents: [DOC_DESCRIPTION, DOC_FINAL, DOC_CONTACTS, DOC_EVIDENCE],
    sources: [
      'https://website.rbi.org.in/ur/web/rbi/faq-page-2?ddm__keyword__26256231__FaqDetailPage2Title_en_US=The+Reserve+Bank+-+Integrated+Ombudsman+Scheme%2C+2021&delta=20',
      RBI_SCHEME_COPY,
      MINT_RBI,
      'https://www.thehindubusinessline.com/money-and-banking/no-third-party-for-grievance-redressal-rbi/article65207533.ece',
    ],
    confidence: 'medium',
    caution: tx(
      'The time limits come from a lender’s copy of the RBI scheme and the phone line from a press report of the RBI’s clarification: check them on rbi.org.in.',
      '时限来自一家贷款机构转载的 RBI 方案，电话来自媒体对 RBI 说明的报道：请在 rbi.org.in 核实。',
      '期限出自一家貸款機構轉載的 RBI 方案，電話出自媒體對 RBI 說明的報導：請到 rbi.org.in 確認。',
    ),
  },
  {
    id: 'ph-bsp',
    regions: ['PH'],
    name: tx(
      'Bangko Sentral ng Pilipinas Consumer Assistance Mechanism',
      '菲律宾中央银行消费者援助机制（BSP CAM）',
      '菲律賓中央銀行消費者協助機制（BSP CAM）',
    ),
    url: 'https://www.bsp.gov.ph/Pages/InclusiveFinance/ConsumerAssistanceChannelsChatbot.aspx',
    phones: [
      { number: '(02) 5306-2584', source: BSP_NOTICE_COPY },
      { number: '(02) 8708-7087', source: BSP_NOTICE_COPY },
    ],
    email: 'consumeraffairs@bsp.gov.ph',
    clocks: [
      {
        id: 'bsp-simple',
        owner: 'provider',
        amount: 7,
        unit: 'calendar_days',
        startsAt: 'first_contact',
        label: tx(
          'A simple complaint should be resolved within 7 days',
          '简单投诉应在 7 天内解决',
          '簡單的申訴應在 7 天內解決',
        ),
        whenPassed: tx(
          'The 7 days are over: if yours was a simple complaint, ask the provider for its answer.',
          '7 天已过：如属简单投诉，请向服务商询问答复。',
          '7 天已過：如果屬於簡單申訴，請向業者詢問答覆。',
        ),
        source: BSP_MORB,
      },
      {
        id: 'bsp-complex',
        owner: 'provider',
        amount: 45,
        unit: 'calendar_days',
        startsAt: 'first_contact',
        label: tx(
          'A complex complaint should ideally be resolved within 45 days',
          '复杂投诉原则上应在 45 天内解决',
          '複雜的申訴原則上應在 45 天內解決',
        ),
        whenPassed: tx(
          'The 45 days are over: you may now go to the BSP.',
          '45 天已过：你现在可以向 BSP 投诉。',
          '45 天已過：你現在可以向 BSP 申訴。',
        ),
        source: BSP_MORB,
      },
    ],
    steps: [
      COMPLAIN_FIRST,
      tx(
        'Then contact the BSP (the second level): its chatbot, e-mail or the numbers shown.',
        '然后联系 BSP（第二级）：聊天机器人、电子邮件或所列电话。',
        '接著聯絡 BSP（第二層）：聊天機器人、電子郵件或列出的電話。',
      ),
    ],
    documents: [DOC_DESCRIPTION, DOC_CONTACTS, DOC_EVIDENCE, DOC_ID],
    sources: [
      'https://www.bsp.gov.ph/Pages/InclusiveFinance/ConsumerAssistanceChannelsChatbot.aspx',
      BSP_MORB,
      BSP_NOTICE_COPY,
    ],
    confidence: 'high',
    caution: tx(
      'The 7 and 45 days are those of the BSP’s Manual of Regulations for Banks; a 2023 circular may have changed them, and the numbers come from a copy of a 2019 BSP notice.',
      '7 天和 45 天出自 BSP《银行监管手册》；2023 年的一份通告可能已作调整，电话号码则来自 2019 年 BSP 通知的副本。',
      '7 天和 45 天出自 BSP《銀行監理手冊》；2023 年的一份通函可能已經調整，電話號碼則出自 2019 年 BSP 通知的副本。',
    ),
  },
  {
    id: 'br-bcb',
    regions: ['BR'],
    name: tx('Banco Central do Brasil — complaints', '巴西中央银行投诉', '巴西中央銀行申訴'),
    phones: [
      {
        number: '145',
        note: tx('Mon–Fri 8:00–20:00', '周一至周五 8:00–20:00', '週一至週五 8:00–20:00'),
        source: 'https://oficinadanet.com.br/tecnologia/42778-fazer-reclamacao-banco-central',
        secondary: true,
      },
    ],
    // No postal address: the one in guides is confirmed by no current official source.
    clocks: [
      {
        id: 'bcb-answer',
        owner: 'provider',
        amount: 10,
        unit: 'calendar_days',
        startsAt: 'escalation',
        label: tx(
          'The institution has 10 days to answer the BCB complaint in writing',
          '机构须在 10 天内书面答复央行转来的投诉',
          '機構須在 10 天內以書面答覆央行轉來的申訴',
        ),
        whenPassed: tx(
          'The 10 days are over: check the complaint on gov.br.',
          '10 天已过：请在 gov.br 查看投诉。',
          '10 天已過：請到 gov.br 查看申訴。',
        ),
        source: 'https://oficinadanet.com.br/tecnologia/42778-fazer-reclamacao-banco-central',
      },
    ],
    steps: [
      COMPLAIN_FIRST,
      tx(
        'File through the gov.br service for complaints against banks and financial institutions (needs a silver or gold gov.br account), or call 145.',
        '通过 gov.br 的“投诉银行及金融机构”服务提交（需 gov.br 银级或金级账户），或拨打 145。',
        '透過 gov.br 的「申訴銀行及金融機構」服務提出（需要 gov.br 銀級或金級帳戶），或撥打 145。',
      ),
      tx(
        'The BCB uses complaints for supervision; it does not mediate each case.',
        '央行将投诉用于监管，不逐案调解。',
        '央行把申訴用於監理，不會逐案調解。',
      ),
    ],
    documents: [DOC_DESCRIPTION, DOC_CONTACTS, DOC_EVIDENCE],
    sources: [
      'https://oficinadanet.com.br/tecnologia/42778-fazer-reclamacao-banco-central',
      'https://www.solucioneaqui.app/blog/banco-central-reclamacao-como-fazer-seus-direitos',
    ],
    confidence: 'medium',
    caution: tx('Taken from third-party guides.', '依据为第三方指南。', '根據的是第三方指南。'),
  },
  {
    id: 'br-consumidor',
    regions: ['BR'],
    name: tx(
      'consumidor.gov.br (Senacon)',
      'consumidor.gov.br（巴西国家消费者秘书处）',
      'consumidor.gov.br（巴西國家消費者事務局）',
    ),
    url: 'https://consumidor.gov.br/',
    clocks: [
      {
        id: 'consumidor-answer',
        owner: 'provider',
        amount: 10,
        unit: 'calendar_days',
        startsAt: 'escalation',
        label: tx(
          'The company has up to 10 days to respond (one guide says 14)',
          '企业最长 10 天内答复（另有指南称 14 天）',
          '企業最長 10 天內答覆（另有指南說是 14 天）',
        ),
        whenPassed: tx(
          'The 10 days are over: check the answer on consumidor.gov.br and rate it.',
          '10 天已过：请在 consumidor.gov.br 查看答复并评价。',
          '10 天已過：請到 consumidor.gov.br 查看答覆並評價。',
        ),
        source:
          'https://www.folhageral.com/seus-direitos/2023/08/19/como-registrar-uma-reclamacao-no-consumidor-gov-br/',
      },
    ],
    steps: [
      COMPLAIN_FIRST,
      tx(
        'Register the complaint on consumidor.gov.br with a silver or gold gov.br account.',
        '使用 gov.br 银级或金级账户在 consumidor.gov.br 登记投诉。',
        '使用 gov.br 銀級或金級帳戶，在 consumidor.gov.br 登記申訴。',
      ),
    ],
    documents: [DOC_DESCRIPTION, DOC_CONTACTS, DOC_EVIDENCE],
    sources: [
      'https://consumidor.gov.br/pages/conteudo/publico/3',
      'https://www.folhageral.com/seus-direitos/2023/08/19/como-registrar-uma-reclamacao-no-consumidor-gov-br/',
      'https://tecnoblog.net/responde/consumidor-gov-br-como-evitar-que-reclamacao-vire-processo',
    ],
    confidence: 'medium',
  },
  {
    id: 'au-afca',
    regions: ['AU'],
    name: tx(
      'Australian Financial Complaints Authority (AFCA)',
      '澳大利亚金融投诉局（AFCA）',
      '澳洲金融申訴局（AFCA）',
    ),
    url: 'https://www.afca.org.au/',
    phones: [
      {
        number: '1800 931 678',
        note: tx(
          'free call, 9:00–17:00 AEST on weekdays; from abroad +61 1800 931 678',
          '免费，工作日澳大利亚东部标准时间 9:00–17:00；境外拨打 +61 1800 931 678',
          '免付費，平日澳洲東部標準時間 9:00–17:00；從境外撥打 +61 1800 931 678',
        ),
        source: AFCA_CONTACT,
      },
    ],
    email: 'info@afca.org.au',
    postal: 'Australian Financial Complaints Authority Limited, GPO Box 3, Melbourne VIC 3001',
    clocks: [
      {
        id: 'afca-idr-30-days',
        owner: 'provider',
        amount: 30,
        unit: 'calendar_days',
        startsAt: 'first_contact',
        label: tx(
          'The provider should answer your complaint within 30 days',
          '服务商应在 30 天内答复你的投诉',
          '業者應在 30 天內答覆你的申訴',
        ),
        whenPassed: tx(
          'The provider has had 30 days: you may now complain to AFCA.',
          '服务商已用满 30 天：你现在可以向 AFCA 投诉。',
          '業者的 30 天已用完：你現在可以向 AFCA 申訴。',
        ),
        source: 'https://afca.org.au/members/rg271/new-maximum-idr-timeframes',
      },
      {
        id: 'afca-two-years',
        owner: 'you',
        amount: 24,
        unit: 'months',
        startsAt: 'final_response',
        label: tx(
          'Lodge with AFCA within 2 years of the provider’s final answer',
          '须在服务商最终答复后 2 年内向 AFCA 投诉',
          '須在業者最終答覆後 2 年內向 AFCA 申訴',
        ),
        whenPassed: tx(
          'More than 2 years since the final answer: AFCA may no longer take the complaint.',
          '距最终答复已超过 2 年：AFCA 可能不再受理。',
          '距離最終答覆已超過 2 年：AFCA 可能不再受理。',
        ),
        source:
          'https://www.afca.org.au/news/media-releases/afca-to-accept-legacy-financial-complaints-from-1-july-2019',
      },
      {
        id: 'afca-six-years',
        owner: 'you',
        amount: 72,
        unit: 'months',
        startsAt: 'incident',
        label: tx(
          'The outer limit: generally 6 years from when you became aware of the loss',
          '最终期限：一般为你得知损失后 6 年',
          '最終期限：一般為你得知損失後 6 年',
        ),
        whenPassed: tx(
          'More than 6 years: AFCA takes a late complaint only in exceptional circumstances.',
          '已超过 6 年：AFCA 只在特殊情况下受理逾期投诉。',
          '已超過 6 年：AFCA 只在特殊情況下受理逾期申訴。',
        ),
        source: 'https://afca.org.au/make-a-complaint/complain/',
      },
    ],
    steps: [
      COMPLAIN_FIRST,
      tx(
        'If the provider does not resolve it, lodge the complaint with AFCA online or by phone.',
        '如服务商未能解决，可通过网站或电话向 AFCA 投诉。',
        '如果業者沒有解決，可以透過網站或電話向 AFCA 申訴。',
      ),
    ],
    documents: [DOC_DESCRIPTION, DOC_FINAL, DOC_CONTACTS, DOC_EVIDENCE],
    sources: [
      AFCA_CONTACT,
      'https://afca.org.au/members/rg271/new-maximum-idr-timeframes',
      'https://afca.org.au/make-a-complaint/complain/',
    ],
    confidence: 'high',
  },
  {
    id: 'my-ofs',
    regions: ['MY'],
    name: tx(
      'Ombudsman for Financial Services (Malaysia)',
      '马来西亚金融服务调解机构（OFS）',
      '馬來西亞金融服務調解機構（OFS）',
    ),
    url: 'https://www.ofs.org.my/',
    clocks: [
      {
        id: 'ofs-no-reply',
        owner: 'provider',
        amount: 60,
        unit: 'calendar_days',
        startsAt: 'first_contact',
        label: tx(
          'If the provider has not replied 60 days after your complaint, you may go to the OFS',
          '向服务商投诉 60 天后仍未获答复的，可以向 OFS 求助',
          '向業者申訴 60 天後仍未獲答覆的，可以向 OFS 求助',
        ),
        whenPassed: tx(
          'The 60 days are over without a reply: you may now go to the OFS.',
          '60 天已过仍无答复：你现在可以向 OFS 求助。',
          '60 天已過仍無答覆：你現在可以向 OFS 求助。',
        ),
        source: OFS_FAQ,
      },
      {
        id: 'ofs-refer-within',
        owner: 'you',
        amount: 6,
        unit: 'months',
        startsAt: 'final_response',
        label: tx(
          'Lodge the dispute with the OFS within 6 months of the provider’s final decision',
          '须在服务商作出最终决定后 6 个月内向 OFS 提交争议',
          '須在業者做出最終決定後 6 個月內向 OFS 提出爭議',
        ),
        whenPassed: tx(
          'More than 6 months since the final decision: the OFS may no longer take it.',
          '距最终决定已超过 6 个月：OFS 可能不再受理。',
          '距離最終決定已超過 6 個月：OFS 可能不再受理。',
        ),
        source: OFS_FAQ,
      },
    ],
    steps: [
      COMPLAIN_FIRST,
      tx(
        'If you disagree with the final decision, or have no reply after 60 days, submit the dispute to the OFS. It aims to resolve it within 3 to 6 months.',
        '如不同意最终决定，或 60 天后仍无答复，可向 OFS 提交争议。OFS 力求在 3 至 6 个月内解决。',
        '如果不同意最終決定，或 60 天後仍無答覆，可以向 OFS 提出爭議。OFS 力求在 3 到 6 個月內解決。',
      ),
    ],
    documents: [DOC_DESCRIPTION, DOC_FINAL, DOC_CONTACTS, DOC_EVIDENCE],
    sources: [OFS_FAQ, 'https://www.ofs.org.my/en/client_charter'],
    confidence: 'high',
  },
] as const;

/** The table, parsed at load: a malformed entry fails the tests and the build. */
export const ESCALATION_CHANNELS: readonly EscalationChannel[] = Object.freeze(
  z.array(ChannelSchema).parse(RAW_CHANNELS),
);

/** Regions the table covers, in table order. */
export const ESCALATION_REGIONS: readonly string[] = [
  ...new Set(ESCALATION_CHANNELS.flatMap((c) => c.regions)),
];

/**
 * Channels for a region (`GB`, `CN`…); empty when the table has none. Each channel lists only
 * the regions where it has jurisdiction, so a region never gets another's bodies (no mainland
 * hotline for Hong Kong or Taiwan).
 */
export function channelsForRegion(region: string | undefined): EscalationChannel[] {
  if (!region) return [];
  return ESCALATION_CHANNELS.filter((c) => c.regions.includes(region));
}

/** The clocks of `channel` that apply to a provider offering `service` (all when unstated). */
export function clocksFor(
  channel: EscalationChannel,
  service: 'payments' | 'credit' = 'payments',
): EscalationChannel['clocks'] {
  return channel.clocks.filter((clock) => clock.product === undefined || clock.product === service);
}
