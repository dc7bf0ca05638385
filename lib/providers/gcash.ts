import { defineProvider } from './schema';

export default defineProvider({
  id: 'gcash',
  name: { en: 'GCash', 'zh-CN': 'GCash', 'zh-Hant': 'GCash' },
  hosts: ['*.gcash.com'],
  regions: ['PH'],
  contacts: {
    helpCentre: { url: 'https://help.gcash.com/' },
    contactPage: { url: 'https://help.gcash.com/' },
    phones: [
      {
        number: '2882',
        region: { en: 'Philippines', 'zh-CN': '菲律宾', 'zh-Hant': '菲律賓' },
        regionCodes: ['PH'],
        use: 'call',
        purpose: {
          en: 'GCash Help Center hotline (live agents for unauthorised transactions and account takeovers)',
          'zh-CN': 'GCash 帮助中心热线（人工处理未经授权的交易和账户被盗）',
          'zh-Hant': 'GCash 說明中心專線（由專人處理未經授權的交易和帳戶遭盜用）',
        },
        source: {
          url: 'https://mb.com.ph/2026/05/23/gcash-strengthens-user-support-through-official-help-channels-and-security-features',
          type: 'press',
          date: '2026-05-23',
        },
        confidence: 'medium',
      },
    ],
    inApp: {
      en: 'In the GCash app: Profile → Help → Tickets.',
      'zh-CN': 'GCash App：个人资料 → 帮助 → 工单。',
      'zh-Hant': 'GCash App：個人資料（Profile）→ 說明（Help）→ 客服單（Ticket）。',
    },
  },
  complaintTimelines: [
    {
      region: 'PH',
      text: {
        en: 'Report an unauthorised transaction within 15 days of its date; a representative contacts you within 24 hours.',
        'zh-CN': '未经授权的交易须在交易日起 15 天内报告；客服代表会在 24 小时内联系你。',
        'zh-Hant': '未經授權的交易須在交易日起 15 天內通報；客服人員會在 24 小時內和你聯絡。',
      },
      source: {
        url: 'https://help.gcash.com/hc/fil/articles/4416637093145-Parang-may-gumamit-ng-GCash-ko-at-nabawasan-ang-pera-ko-Anong-dapat-kong-gawin',
        type: 'official',
      },
    },
  ],
  detection: {
    samplePages: {
      app: 'https://m.gcash.com/app/',
      help: 'https://help.gcash.com/hc/en-us/articles/',
      history: 'https://m.gcash.com/app/transactions/',
    },
  },
});
