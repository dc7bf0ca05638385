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
      .array(z.object({ number: z.string().min(3), note: LocalizedTextSchema.optional() }).strict())
      .default([]),
    email: z.email().optional(),
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
        note: tx('toll-free, Mon–Fri', '免费，周一至周五', '免付費，週一至週五'),
      },
      {
        number: '(855) 729-2372',
        note: tx('TTY/TDD', '听障专线（TTY/TDD）', '聽障專線（TTY/TDD）'),
      },
    ],
    postal: 'Consumer Financial Protection Bureau, PO Box 4503, Iowa City, IA 52244',
    clocks: [
      {
        id: 'cfpb-response',
        owner: 'provider',
        amount: 15,
        unit: 'calendar_days',
        startsAt: 'escalation',
        label: tx(
          'The company should answer the CFPB complaint within 15 days',
          '企业应在 15 天内答复 CFPB 转来的投诉',
          '企業應在 15 天內答覆 CFPB 轉來的申訴',
        ),
        whenPassed: tx(
          'The 15 days are over: check the complaint’s status on the CFPB portal.',
          '15 天已过：请在 CFPB 网站查看投诉进度。',
          '15 天已過：請到 CFPB 網站查看申訴進度。',
        ),
        source: 'https://issuhub.com/view/index/4410?pageIndex=262',
      },
      {
        id: 'cfpb-close',
        owner: 'provider',
        amount: 60,
        unit: 'calendar_days',
        startsAt: 'escalation',
        label: tx(
          'Companies are expected to close all but the most complicated complaints within 60 days',
          '除最复杂的投诉外，企业应在 60 天内处理完毕',
          '除了最複雜的申訴，企業應在 60 天內處理完畢',
        ),
        whenPassed: tx(
          'The 60 days are over: tell the CFPB if the company has not closed your complaint.',
          '60 天已过：如企业仍未处理完毕，请告知 CFPB。',
          '60 天已過：如果企業仍未處理完畢，請告知 CFPB。',
        ),
        source: 'https://issuhub.com/view/index/4410?pageIndex=277',
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
      'https://issuhub.com/view/index/4410?pageIndex=262',
      'https://issuhub.com/view/index/4410?pageIndex=277',
      'https://urlscan.io/result/a2e740c9-10f9-4c3e-8abe-c8878c869c2e/content',
    ],
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
          'Tell the provider about the error within 60 days of the statement that shows it (counted here from the day of the problem, the safe side)',
          '须在显示差错的对账单发出后 60 天内通知服务商（此处从问题发生日算起，更稳妥）',
          '須在顯示錯誤的對帳單寄出後 60 天內通知業者（這裡從問題發生當天算起，比較保險）',
        ),
        whenPassed: tx(
          'The 60 days may be over: report the error in writing at once anyway.',
          '60 天可能已过：仍请立即以书面形式报告差错。',
          '60 天可能已過：仍請立刻以書面方式通報錯誤。',
        ),
        source:
          'https://www.consumercomplianceoutlook.org/2021/second-issue/error-resolution-and-liability-limitations-under-regulations-e-and-z/',
      },
      {
        id: 'reg-e-investigate',
        owner: 'provider',
        amount: 10,
        unit: 'business_days',
        startsAt: 'first_contact',
        label: tx(
          'The provider investigates within 10 business days (20 for new accounts), or credits you provisionally',
          '服务商应在 10 个工作日内（新账户 20 个）完成调查，或先行临时入账',
          '業者應在 10 個工作天內（新帳戶 20 個）完成調查，或先暫時入帳',
        ),
        whenPassed: tx(
          'The 10 business days are over: ask for the result or a provisional credit, then consider the CFPB.',
          '10 个工作日已过：请询问调查结果或临时入账，必要时考虑向 CFPB 投诉。',
          '10 個工作天已過：請詢問調查結果或要求暫時入帳，必要時考慮向 CFPB 申訴。',
        ),
        source: 'https://www.marqeta.com/docs/developer-guides/disputes-regulation-e',
      },
      {
        id: 'reg-e-extended',
        owner: 'provider',
        amount: 45,
        unit: 'calendar_days',
        startsAt: 'first_contact',
        label: tx(
          'With a provisional credit, the investigation may take up to 45 days (90 for new accounts, point-of-sale debit and foreign transfers)',
          '已临时入账的，调查最长可用 45 天（新账户、POS 借记和境外转账 90 天）',
          '已暫時入帳的，調查最長可以延到 45 天（新帳戶、POS 簽帳交易和境外轉帳為 90 天）',
        ),
        whenPassed: tx(
          'The 45 days are over: the provider owes you a result; you may go to the CFPB.',
          '45 天已过：服务商应给出结果；可向 CFPB 投诉。',
          '45 天已過：業者應提出結果；你可以向 CFPB 申訴。',
        ),
        source: 'https://increase.com/documentation/card-dispute-provisional-credits.md',
      },
    ],
    steps: [
      tx(
        'Report the error to the provider, ideally in writing, with the amount, date and why you think it is wrong.',
        '向服务商报告差错，最好书面报告，写明金额、日期以及你认为有误的原因。',
        '向業者通報錯誤，最好以書面方式，寫明金額、日期，以及你認為哪裡有誤。',
      ),
      tx(
        'Ask whether you will get a provisional credit while they investigate.',
        '询问调查期间能否先行临时入账。',
        '詢問調查期間能否先暫時入帳。',
      ),
    ],
    documents: [DOC_DESCRIPTION, DOC_EVIDENCE],
    sources: [
      'https://www.consumercomplianceoutlook.org/2021/second-issue/error-resolution-and-liability-limitations-under-regulations-e-and-z/',
      'https://www.marqeta.com/docs/developer-guides/disputes-regulation-e',
      'https://increase.com/documentation/card-dispute-provisional-credits.md',
      'https://www.payoneer.com/ru/about/transaction-or-transfer-error/',
    ],
    confidence: 'medium-high',
    caution: tx(
      'Taken from summaries of the regulation; the official text is at consumerfinance.gov (12 CFR 1005.11).',
      '依据为该条例的摘要；官方条文见 consumerfinance.gov（12 CFR 1005.11）。',
      '根據的是這項規則的摘要；官方條文見 consumerfinance.gov（12 CFR 1005.11）。',
    ),
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
      { number: '0800 023 4567', note: tx('free', '免费', '免付費') },
      { number: '0300 123 9123' },
      { number: '+44 20 7964 0500', note: tx('from abroad', '境外拨打', '從英國境外撥打') },
    ],
    email: 'complaint.info@financial-ombudsman.org.uk',
    postal: 'Exchange Tower, London E14 9SR',
    clocks: [
      {
        id: 'fos-payment-services',
        owner: 'provider',
        amount: 15,
        unit: 'business_days',
        startsAt: 'first_contact',
        label: tx(
          'Payment and e-money firms should send a final response within 15 business days (up to 35 in exceptional cases)',
          '支付和电子货币机构应在 15 个工作日内（特殊情况最长 35 个）给出最终答复',
          '支付和電子貨幣機構應在 15 個工作天內（特殊情況最長 35 個）提出最終答覆',
        ),
        whenPassed: tx(
          'The provider has had 15 business days: unless it told you why it needs up to 35, you may now go to the FOS.',
          '服务商已用满 15 个工作日：除非对方说明需要最长 35 个工作日，你现在可以向 FOS 申诉。',
          '業者的 15 個工作天已用完：除非對方說明需要最長 35 個工作天，你現在可以向 FOS 申訴。',
        ),
        source:
          'https://financial-ombudsman.org.uk/consumers/complaints-can-help/banking-and-payments/electronic-money',
      },
      {
        id: 'fos-payment-services-exceptional',
        owner: 'provider',
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
        source:
          'https://financial-ombudsman.org.uk/consumers/complaints-can-help/banking-and-payments/electronic-money',
      },
      {
        id: 'fos-eight-weeks',
        owner: 'provider',
        amount: 8,
        unit: 'weeks',
        startsAt: 'first_contact',
        label: tx(
          'Other complaints: the firm has up to 8 weeks',
          '其他投诉：机构最长有 8 周时间',
          '其他申訴：機構最長有 8 週時間',
        ),
        whenPassed: tx(
          'Eight weeks have passed: you may now go to the FOS even without a final response.',
          '已满 8 周：即使没有最终答复，你也可以向 FOS 申诉。',
          '已滿 8 週：即使還沒有最終答覆，你也可以向 FOS 申訴。',
        ),
        source:
          'https://handbook.fca.org.uk/handbook?date=2008-12-12&related-provisions-for-provision=DISP+1.4.3',
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
        source: 'https://wise.com/help/articles/2235393/how-do-i-make-a-complaint',
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
        'Contact the FOS online, by phone or by post and give the provider’s reference number.',
        '通过网站、电话或信件联系 FOS，并提供服务商给的工单号。',
        '透過網站、電話或信件聯絡 FOS，並提供業者給你的受理編號。',
      ),
    ],
    documents: [DOC_DESCRIPTION, DOC_FINAL, DOC_CONTACTS, DOC_EVIDENCE],
    sources: [
      'https://financial-ombudsman.org.uk/consumers/complaints-can-help/banking-and-payments/electronic-money',
      'https://handbook.fca.org.uk/handbook?date=2008-12-12&related-provisions-for-provision=DISP+1.4.3',
      'https://wise.com/help/articles/2235393/how-do-i-make-a-complaint',
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
          'working hours vary by province; add the area code for another city',
          '各地工作时间不同；跨地市拨打需加区号',
          '各地服務時間不同；從其他城市撥打需加區號',
        ),
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
    citations: [
      'Qinghai Provincial Government, notice of 21 March 2014 opening the 12363 line (www.qinghai.gov.cn/zwgk/system/2014/03/20/010107748.shtml, plain HTTP only)',
      'Report on the 12363 line opening in Jilin (www.yixingjingji.com/news/guonei/426807.html, plain HTTP only)',
    ],
    confidence: 'medium-high',
  },
  {
    id: 'cn-nfra-12378',
    regions: ['CN'],
    name: tx(
      'National Financial Regulatory Administration hotline 12378 (banking and insurance)',
      '国家金融监督管理总局银行保险消费者投诉维权热线 12378',
      '國家金融監督管理總局銀行保險消費者投訴維權熱線 12378',
    ),
    phones: [{ number: '12378', note: tx('working days', '工作日', '工作天') }],
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
      'https://www.dataiw.cn/changshi/358585.html',
      'https://epaper.qbnews.cn/yxwd/202510/691875.html',
    ],
    confidence: 'medium',
    caution: tx(
      'Confirmed only by third-party pages; check the number on an official site before relying on it.',
      '仅见于第三方网页；请先在官方网站核实。',
      '只見於第三方網頁；請先到官方網站確認。',
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
    phones: [{ number: '12315' }],
    steps: [
      COMPLAIN_FIRST,
      tx(
        'For disputes with the merchant about goods or services, contact 12315.',
        '与商家的商品或服务纠纷，可联系 12315。',
        '和商家之間的商品或服務糾紛，可以聯絡 12315。',
      ),
    ],
    documents: [DOC_DESCRIPTION, DOC_EVIDENCE],
    sources: [],
    confidence: 'low',
    caution: tx(
      'No authoritative source was found for this entry yet; check it on an official government site before relying on it.',
      '本条目尚未找到权威来源；使用前请在政府官方网站核实。',
      '這個項目還沒有找到權威來源；使用前請到政府官方網站確認。',
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
    url: 'https://www.hkma.gov.hk/eng/key-functions/international-financial-centre/stored-value-facilities-and-retail-payment-systems/regulatory-regime-for-stored-value-facilities/complaints-about-stored-value-facility-licensees/',
    phones: [
      {
        number: '2878 1188',
        note: tx(
          'HKMA enquiries; it can also tell you where a licensed e-wallet takes complaints',
          '金管局查询电话；也可告知持牌电子钱包受理投诉的渠道',
          '金管局查詢熱線；也可告知各持牌電子錢包處理投訴的途徑',
        ),
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
    sources: [
      'https://www.hkma.gov.hk/eng/key-functions/international-financial-centre/stored-value-facilities-and-retail-payment-systems/regulatory-regime-for-stored-value-facilities/complaints-about-stored-value-facility-licensees/',
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
      },
    ],
    email: 'crpc@rbi.org.in',
    postal:
      'Centralised Receipt and Processing Centre, Reserve Bank of India, 4th Floor, Sector 17, Chandigarh – 160017',
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
        source:
          'https://economictimes.indiatimes.com/wealth/save/how-to-file-a-complaint-against-rbi-regulated-entity-under-the-integrated-ombudsman-scheme/printarticle/95954959.cms',
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
        source:
          'https://economictimes.indiatimes.com/wealth/save/how-to-file-a-complaint-against-rbi-regulated-entity-under-the-integrated-ombudsman-scheme/printarticle/95954959.cms',
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
      'https://www.livemint.com/industry/banking/rbi-clarifies-on-the-mode-of-receipt-of-complaints-under-ombudsman-scheme/amp-11646826937598.html',
      'https://www.thehindubusinessline.com/money-and-banking/no-third-party-for-grievance-redressal-rbi/article65207533.ece',
      'https://economictimes.indiatimes.com/wealth/save/how-to-file-a-complaint-against-rbi-regulated-entity-under-the-integrated-ombudsman-scheme/printarticle/95954959.cms',
    ],
    confidence: 'high',
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
    phones: [{ number: '(02) 5306-2584' }, { number: '(02) 8708-7087' }],
    email: 'consumeraffairs@bsp.gov.ph',
    clocks: [
      {
        id: 'bsp-interim',
        owner: 'provider',
        amount: 10,
        unit: 'business_days',
        startsAt: 'first_contact',
        label: tx(
          'The institution should respond within 10 banking days (interim answer)',
          '机构应在 10 个银行工作日内给出初步答复',
          '機構應在 10 個銀行營業日內提出初步答覆',
        ),
        whenPassed: tx(
          'The 10 banking days are over: ask the provider for its answer.',
          '10 个银行工作日已过：请向服务商询问答复。',
          '10 個銀行營業日已過：請向業者詢問答覆。',
        ),
        source:
          'https://www.respicio.ph/commentaries/report-bank-complaints-online-bsp-philippines',
      },
      {
        id: 'bsp-final',
        owner: 'provider',
        amount: 30,
        unit: 'business_days',
        startsAt: 'first_contact',
        label: tx(
          'The institution should give its final answer within 30 banking days',
          '机构应在 30 个银行工作日内给出最终答复',
          '機構應在 30 個銀行營業日內提出最終答覆',
        ),
        whenPassed: tx(
          'The 30 banking days are over: you may now go to the BSP.',
          '30 个银行工作日已过：你现在可以向 BSP 投诉。',
          '30 個銀行營業日已過：你現在可以向 BSP 申訴。',
        ),
        source:
          'https://www.respicio.ph/commentaries/report-bank-complaints-online-bsp-philippines',
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
      'https://www.respicio.ph/commentaries/report-bank-complaints-online-bsp-philippines',
    ],
    confidence: 'medium-high',
    caution: tx(
      'The response times come from a third-party summary of BSP Circular 1160.',
      '答复时限来自对 BSP 第 1160 号通告的第三方摘要。',
      '答覆期限出自第三方對 BSP 第 1160 號通函的摘要。',
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
      },
    ],
    postal:
      'Banco Central do Brasil, Departamento de Atendimento Institucional, Divisão de Atendimento ao Cidadão, SBS Quadra 3 Bloco B – 1º SS – Edifício-Sede, CEP 70074-900, Brasília – DF',
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
    phones: [{ number: '1800 931 678', note: tx('free call', '免费', '免付費') }],
    email: 'info@afca.org.au',
    postal: 'GPO Box 3, Melbourne VIC 3001',
    steps: [
      COMPLAIN_FIRST,
      tx(
        'If the provider does not resolve it, lodge the complaint with AFCA online or by phone.',
        '如服务商未能解决，可通过网站或电话向 AFCA 投诉。',
        '如果業者沒有解決，可以透過網站或電話向 AFCA 申訴。',
      ),
    ],
    documents: [DOC_DESCRIPTION, DOC_FINAL, DOC_CONTACTS, DOC_EVIDENCE],
    sources: [],
    citations: ['Wise, “Making a complaint in Asia and Pacific” (seen on a copy of its help page)'],
    confidence: 'medium',
    caution: tx(
      'Contact details were seen on a copy of a provider’s help page; check them on afca.org.au.',
      '联系方式见于服务商帮助页面的副本；请在 afca.org.au 核实。',
      '聯絡方式見於業者說明頁面的副本；請到 afca.org.au 確認。',
    ),
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
        id: 'ofs-refer-within',
        owner: 'you',
        amount: 6,
        unit: 'months',
        startsAt: 'final_response',
        label: tx(
          'Submit to the OFS within 6 months of the provider’s final decision',
          '须在服务商作出最终决定后 6 个月内向 OFS 提交',
          '須在業者做出最終決定後 6 個月內向 OFS 提出',
        ),
        whenPassed: tx(
          'More than 6 months since the final decision: the OFS may no longer take it.',
          '距最终决定已超过 6 个月：OFS 可能不再受理。',
          '距離最終決定已超過 6 個月：OFS 可能不再受理。',
        ),
        source:
          'https://pep.paypal.com/my/cshelp/article/how-can-i-make-a-formal-complaint-to-paypal-help982',
      },
    ],
    steps: [
      COMPLAIN_FIRST,
      tx(
        'If you disagree with the final decision, submit the dispute to the OFS.',
        '如不同意最终决定，可向 OFS 提交争议。',
        '如果不同意最終決定，可以向 OFS 提出爭議。',
      ),
    ],
    documents: [DOC_DESCRIPTION, DOC_FINAL, DOC_CONTACTS, DOC_EVIDENCE],
    sources: [
      'https://pep.paypal.com/my/cshelp/article/how-can-i-make-a-formal-complaint-to-paypal-help982',
    ],
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

/** Channels for a region (`GB`, `CN`…); empty when the table has none. */
export function channelsForRegion(region: string | undefined): EscalationChannel[] {
  if (!region) return [];
  return ESCALATION_CHANNELS.filter((c) => c.regions.includes(region));
}
