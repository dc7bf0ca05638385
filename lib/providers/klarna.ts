import { defineProvider } from './schema';

export default defineProvider({
  id: 'klarna',
  name: { en: 'Klarna', 'zh-CN': 'Klarna', 'zh-Hant': 'Klarna' },
  hosts: ['*.klarna.com'],
  regions: ['GB', 'EU', 'US'],
  contacts: {
    helpCentre: { url: 'https://www.klarna.com/uk/customer-service/' },
    contactPage: { url: 'https://www.klarna.com/uk/feedback-and-complaints/' },
    complaintPages: [
      {
        url: 'https://www.klarna.com/uk/feedback-and-complaints/',
        label: {
          en: 'Feedback and complaints (UK)',
          'zh-CN': '意见与投诉（英国）',
          'zh-Hant': '意見與申訴（英國）',
        },
      },
    ],
    inApp: {
      en: 'Klarna support chats 24/7 in the Klarna app and on its website.',
      'zh-CN': 'Klarna 客服在 App 和官网上提供全天候在线聊天。',
      'zh-Hant': 'Klarna 在 App 和官網上提供全天候的線上客服。',
    },
    note: {
      en: 'Klarna publishes no phone number for customer service; use the chat.',
      'zh-CN': 'Klarna 没有公布客服电话；请使用在线聊天。',
      'zh-Hant': 'Klarna 沒有公布客服電話；請使用線上客服。',
    },
  },
  safetyFacts: [
    {
      text: {
        en: 'Never share a Klarna verification code with anyone.',
        'zh-CN': '不要把 Klarna 验证码告诉任何人。',
        'zh-Hant': '不要把 Klarna 驗證碼告訴任何人。',
      },
      source: {
        url: 'https://www.klarna.com/us/business/merchant-support/why-is-a-customer-denied-by-klarna/',
        type: 'official',
      },
    },
  ],
  complaintTimelines: [
    {
      region: 'GB',
      text: {
        en: 'If a complaint is not finished, Klarna writes again by week 4 and by week 8.',
        'zh-CN': '如果投诉尚未处理完毕，Klarna 会在第 4 周和第 8 周前再次书面告知进展。',
        'zh-Hant': '如果申訴還沒處理完，Klarna 會在第 4 週和第 8 週結束前，再以書面告知進度。',
      },
      source: { url: 'https://www.klarna.com/uk/feedback-and-complaints/', type: 'official' },
    },
  ],
  detection: {
    rules: [
      {
        id: 'klarna.not-approved.en',
        state: 'payment_failed',
        lang: 'en',
        pattern: String.raw`\b(?:we|klarna) (?:could ?n[o'’]t|could not|can[o'’]?t|cannot|were unable to) approve (?:your|this) (?:purchase|order|payment)\b`,
        weight: 1,
        examples: {
          positive: ["We couldn't approve your purchase this time."],
          negative: ["If we can't approve your purchase, you won't be charged."],
        },
      },
    ],
    hints: {
      help: [
        {
          pattern: '^/[a-z]{2}/(?:customer-service|kundenservice)(?:/|$)',
          examples: {
            positive: ['/us/customer-service/returns/', '/de/kundenservice/zahlungen'],
            negative: ['/us/shopping/', '/purchase/'],
          },
        },
      ],
    },
    samplePages: {
      app: 'https://app.klarna.com/purchase/',
      help: 'https://www.klarna.com/us/customer-service/',
      history: 'https://app.klarna.com/purchases/',
      locales: [
        {
          lang: 'de',
          app: 'https://app.klarna.com/de/purchase/',
          help: 'https://www.klarna.com/de/kundenservice/',
        },
      ],
    },
  },
});
