import { defineProvider } from './schema';

export default defineProvider({
  id: 'zelle',
  name: { en: 'Zelle', 'zh-CN': 'Zelle', 'zh-Hant': 'Zelle' },
  hosts: ['*.zellepay.com'],
  regions: ['US'],
  contacts: {
    helpCentre: { url: 'https://www.zellepay.com/support' },
    contactPage: { url: 'https://www.zellepay.com/support/contact' },
    phones: [
      {
        number: '1-844-428-8542',
        region: {
          en: 'United States — Zelle app users',
          'zh-CN': '美国（Zelle App 用户）',
          'zh-Hant': '美國（Zelle App 使用者）',
        },
        regionCodes: ['US'],
        use: 'call',
        purpose: {
          en: 'Zelle app support. If you use Zelle through your bank, call the number on the back of your debit card instead.',
          'zh-CN': 'Zelle App 客服。如果你通过银行使用 Zelle，请改拨借记卡背面的银行电话。',
          'zh-Hant': 'Zelle App 客服。如果你透過銀行使用 Zelle，請改撥簽帳金融卡背面的銀行電話。',
        },
        hours: {
          en: '10:00–22:00 ET, every day except New Year’s Day, Independence Day, Thanksgiving and Christmas',
          'zh-CN': '美东时间 10:00–22:00，每天（元旦、独立日、感恩节和圣诞节除外）',
          'zh-Hant': '美東時間每天 10:00–22:00（元旦、美國獨立紀念日、感恩節和聖誕節除外）',
        },
        source: { url: 'https://www.zellepay.com/support/contact', type: 'official-copy' },
        confidence: 'medium-high',
      },
    ],
  },
  detection: {
    rules: [
      {
        id: 'zelle.could-not-send.en',
        state: 'payment_failed',
        lang: 'en',
        pattern: String.raw`\b(?:we )?(?:could ?n[o'’]t|could not|were unable to) send your zelle\W{0,2} payment\b`,
        weight: 1,
        examples: {
          positive: ["We couldn't send your Zelle® payment."],
          negative: ["What to do if we couldn't send your Zelle® payment"],
        },
      },
    ],
    hints: {
      help: [
        {
          pattern: '^/get-started(?:/|$)',
          examples: {
            positive: ['/get-started', '/get-started/how-it-works'],
            negative: ['/send/', '/get-started-now'],
          },
        },
      ],
    },
    samplePages: {
      app: 'https://www.zellepay.com/send/',
      help: 'https://www.zellepay.com/faq/',
      history: 'https://www.zellepay.com/activity/',
    },
  },
});
