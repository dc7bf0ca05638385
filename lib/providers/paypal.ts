import { defineProvider } from './schema';

const UNAUTHORIZED_PAGE = 'https://www.paypal.com/webapps/mpp/security/unauthorized-transactions';
const SANDBOX_MIRROR =
  'https://www.sandbox.paypal.com/bm/webapps/mpp/security/unauthorized-transactions';

export default defineProvider({
  id: 'paypal',
  name: { en: 'PayPal', 'zh-CN': 'PayPal 贝宝', 'zh-Hant': 'PayPal' },
  hosts: ['*.paypal.com'],
  regions: ['US', 'GB', 'EU', 'MY'],
  contacts: {
    helpCentre: {
      url: 'https://www.paypal.com/smarthelp/home',
      source: {
        citation:
          'PayPal user agreement (EU), last updated 22 January 2026, "Customer Service" link',
        type: 'official-copy',
      },
    },
    contactPage: {
      url: 'https://www.paypal.com/selfhelp/home',
      source: {
        citation: 'PayPal user agreement (EU), last updated 22 January 2026, "Contact Us" link',
        type: 'official-copy',
      },
    },
    complaintPages: [
      {
        url: 'https://www.paypal.com/uk/smarthelp/article/paypal-complaint-code-of-practice-faq3943',
        label: {
          en: 'Complaint code of practice (UK)',
          'zh-CN': '投诉处理守则（英国）',
          'zh-Hant': '申訴處理守則（英國）',
        },
      },
      {
        url: 'https://pep.paypal.com/my/cshelp/article/how-can-i-make-a-formal-complaint-to-paypal-help982',
        label: {
          en: 'Formal complaint (Malaysia)',
          'zh-CN': '正式投诉（马来西亚）',
          'zh-Hant': '正式申訴（馬來西亞）',
        },
      },
    ],
    phones: [
      {
        number: '(402) 935-7733',
        region: { en: 'United States', 'zh-CN': '美国', 'zh-Hant': '美國' },
        regionCodes: ['US'],
        use: 'call',
        purpose: {
          en: 'Unauthorised transactions and errors (also PayPal Debit Mastercard)',
          'zh-CN': '未经授权的交易和交易错误（也适用于 PayPal 借记卡）',
          'zh-Hant': '未經授權的交易和交易錯誤（也適用於 PayPal 簽帳金融卡）',
        },
        source: { url: UNAUTHORIZED_PAGE, type: 'official' },
        confidence: 'high',
      },
      {
        number: '0800 222 02 52',
        region: { en: 'Argentina', 'zh-CN': '阿根廷', 'zh-Hant': '阿根廷' },
        regionCodes: ['AR'],
        use: 'call',
        purpose: {
          en: 'Unauthorised transactions',
          'zh-CN': '未经授权的交易',
          'zh-Hant': '未經授權的交易',
        },
        source: { url: SANDBOX_MIRROR, type: 'official-copy' },
        confidence: 'medium',
      },
      {
        number: '1 402 952 85 56',
        region: {
          en: 'Central America, the Caribbean and South America',
          'zh-CN': '中美洲、加勒比地区和南美洲',
          'zh-Hant': '中美洲、加勒比地區和南美洲',
        },
        regionCodes: [
          'BM',
          'BS',
          'BO',
          'BR',
          'CL',
          'CO',
          'CR',
          'DO',
          'EC',
          'GT',
          'HN',
          'JM',
          'MX',
          'NI',
          'PA',
          'PE',
          'PY',
          'SV',
          'TT',
          'UY',
          'VE',
        ],
        use: 'call',
        purpose: {
          en: 'Unauthorised transactions (international call charges may apply)',
          'zh-CN': '未经授权的交易（可能产生国际通话费）',
          'zh-Hant': '未經授權的交易（可能需付國際電話費）',
        },
        source: { url: SANDBOX_MIRROR, type: 'official-copy' },
        confidence: 'medium',
      },
      {
        number: '0800 368 7155',
        region: {
          en: 'United Kingdom — PayPal Credit only',
          'zh-CN': '英国（仅限 PayPal Credit）',
          'zh-Hant': '英國（僅限 PayPal Credit）',
        },
        regionCodes: ['GB'],
        use: 'call',
        purpose: {
          en: 'PayPal Credit payment difficulties',
          'zh-CN': 'PayPal Credit 还款困难',
          'zh-Hant': 'PayPal Credit 還款困難',
        },
        hours: {
          en: '8:00–18:30, Monday to Sunday',
          'zh-CN': '周一至周日 8:00–18:30',
          'zh-Hant': '週一至週日 8:00–18:30',
        },
        source: {
          url: 'https://www.sandbox.paypal.com/uk/smarthelp/article/if-i-pay-late,-will-i-be-charged-a-fee-faq2893',
          type: 'official-copy',
        },
        confidence: 'medium',
      },
    ],
    reportPhishing: [
      {
        address: 'phishing@paypal.uk',
        source: { url: 'https://www.paypal.com/uk/webapps/mpp/phishing', type: 'official' },
      },
      {
        address: 'spoof@paypal.com',
        source: { url: 'https://www.paypal.com/hk/smarthelp/article/faq1758', type: 'official' },
      },
    ],
  },
  complaintTimelines: [
    {
      region: 'MY',
      text: {
        en: 'Payment complaints are answered within 10 days (up to 45 in complex cases); you may then go to the Ombudsman for Financial Services within 6 months of the final decision.',
        'zh-CN':
          '支付类投诉在 10 天内答复（复杂情况最长 45 天）；收到最终决定后 6 个月内可向金融服务调解机构（OFS）申诉。',
        'zh-Hant':
          '支付類申訴在 10 天內答覆（複雜情況最長 45 天）；收到最終決定後 6 個月內可向金融服務調解機構（OFS）申訴。',
      },
      source: {
        url: 'https://pep.paypal.com/my/cshelp/article/how-can-i-make-a-formal-complaint-to-paypal-help982',
        type: 'official',
      },
    },
  ],
  detection: {
    rules: [
      {
        id: 'paypal.remove-limitation.en',
        state: 'account_locked',
        lang: 'en',
        pattern: String.raw`\bgo to (?:the )?resolution cent(?:er|re) to (?:remove|lift|resolve) (?:the |this |your )?limitations?\b`,
        weight: 0.9,
        examples: {
          positive: ['Go to the Resolution Center to remove the limitation.'],
          negative: ['Learn how to go to the Resolution Center to remove a limitation.'],
        },
      },
    ],
    hints: {
      help: [
        {
          pattern: '^/(?:[a-z]{2}/)?webapps/mpp/',
          examples: {
            positive: [new URL(UNAUTHORIZED_PAGE).pathname, '/uk/webapps/mpp/phishing'],
            negative: ['/myaccount/summary', '/checkoutnow'],
          },
        },
      ],
      history: [
        {
          pattern: '^/myaccount/(?:activity|transactions)/?$',
          examples: {
            positive: ['/myaccount/transactions', '/myaccount/activity'],
            negative: ['/myaccount/activity/payment/7HG21', '/myaccount/summary'],
          },
        },
      ],
    },
    samplePages: {
      app: 'https://www.paypal.com/myaccount/',
      help: 'https://www.paypal.com/smarthelp/article/',
      history: 'https://www.paypal.com/myaccount/activity/',
      locales: [
        {
          lang: 'zh-Hant',
          app: 'https://www.paypal.com/hk/myaccount/',
          help: 'https://www.paypal.com/hk/smarthelp/article/',
        },
        {
          lang: 'es',
          app: 'https://www.paypal.com/mx/myaccount/',
          help: 'https://www.paypal.com/mx/smarthelp/article/',
        },
      ],
    },
  },
});
