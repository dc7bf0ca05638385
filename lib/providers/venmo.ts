import { defineProvider } from './schema';

export default defineProvider({
  id: 'venmo',
  name: { en: 'Venmo', 'zh-CN': 'Venmo', 'zh-Hant': 'Venmo' },
  hosts: ['*.venmo.com'],
  regions: ['US'],
  contacts: {
    helpCentre: { url: 'https://help.venmo.com/' },
    // No contact page of its own was found; the help centre is where Venmo routes support.
    contactPage: { url: 'https://help.venmo.com/' },
    note: {
      en: 'No Venmo phone number is confirmed on a Venmo page: start from the help centre or the app.',
      'zh-CN': '目前没有在 Venmo 官方页面上确认过的电话号码：请从帮助中心或 App 内联系客服。',
      'zh-Hant': '目前還沒有在 Venmo 官方頁面上確認過的電話號碼：請從說明中心或 App 內聯絡客服。',
    },
  },
  safetyFacts: [
    {
      text: {
        en: 'Nobody at Venmo will contact you to ask for your password or a verification code.',
        'zh-CN': 'Venmo 的工作人员绝不会主动联系你索要密码或验证码。',
        'zh-Hant': 'Venmo 的工作人員絕不會主動聯絡你索取密碼或驗證碼。',
      },
      source: { url: 'https://venmo.com/about/security/', type: 'official' },
    },
  ],
  complaintTimelines: [
    {
      region: 'US',
      text: {
        en: 'Disputes: item not received or not as described within 180 days; other errors within 60 days of the statement; unauthorised transfers at once.',
        'zh-CN':
          '争议时限：未收到货或货不对板须在 180 天内提出；其他错误在对账单后 60 天内；未经授权的转账应立即报告。',
        'zh-Hant':
          '爭議期限：沒收到商品或商品與描述不符，須在 180 天內提出；其他錯誤在對帳單寄出後 60 天內；未經授權的轉帳應立即通報。',
      },
      source: {
        url: 'https://help.venmo.com/hc/en-us/articles/35679933994899-Dispute-filing-timeframes',
        type: 'official',
      },
    },
  ],
  detection: {
    rules: [
      {
        id: 'venmo.payment-not-completed.en',
        state: 'payment_failed',
        lang: 'en',
        pattern: String.raw`\bpayment could ?n[o'’]t be completed\b`,
        weight: 1,
        examples: {
          positive: ["Payment couldn't be completed."],
          negative: ["If a payment couldn't be completed, the money stays in your Venmo balance."],
        },
      },
    ],
    hints: {
      history: [
        {
          pattern: '^/statement/?$',
          examples: { positive: ['/statement'], negative: ['/pay/', '/statement/2026-02'] },
        },
      ],
    },
    samplePages: {
      app: 'https://account.venmo.com/pay/',
      help: 'https://help.venmo.com/cs/articles/',
      history: 'https://account.venmo.com/statement/',
    },
  },
});
