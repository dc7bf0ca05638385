import { defineProvider } from './schema';

const COMPLAINT_PAGE = 'https://wise.com/help/articles/2235393/how-do-i-make-a-complaint';

export default defineProvider({
  id: 'wise',
  name: { en: 'Wise', 'zh-CN': 'Wise（原 TransferWise）', 'zh-Hant': 'Wise（原 TransferWise）' },
  hosts: ['*.wise.com'],
  regions: ['GB', 'EU', 'US', 'AU'],
  contacts: {
    helpCentre: { url: 'https://wise.com/help' },
    contactPage: { url: COMPLAINT_PAGE },
    complaintPages: [
      {
        url: COMPLAINT_PAGE,
        label: { en: 'How to make a complaint', 'zh-CN': '如何投诉', 'zh-Hant': '如何申訴' },
      },
    ],
    phones: [
      {
        number: '+44 808 175 1506',
        region: { en: 'United Kingdom', 'zh-CN': '英国', 'zh-Hant': '英國' },
        regionCodes: ['GB'],
        use: 'call',
        purpose: {
          en: 'Complaints (free from a UK number)',
          'zh-CN': '投诉专线（英国本地号码拨打免费）',
          'zh-Hant': '申訴專線（英國本地號碼撥打免費）',
        },
        source: { url: COMPLAINT_PAGE, type: 'official' },
        confidence: 'high',
      },
      {
        number: '+32 2 620 34 20',
        region: { en: 'EU / EEA', 'zh-CN': '欧盟 / 欧洲经济区', 'zh-Hant': '歐盟／歐洲經濟區' },
        regionCodes: ['EU'],
        use: 'call',
        purpose: { en: 'Complaints', 'zh-CN': '投诉', 'zh-Hant': '申訴' },
        source: { url: COMPLAINT_PAGE, type: 'official-copy' },
        confidence: 'medium',
      },
    ],
    note: {
      en: 'Wise shows its real support details on the Help page once you are signed in.',
      'zh-CN': 'Wise 的真实客服联系方式会在你登录后显示在帮助页面上。',
      'zh-Hant': '登入後，Wise 的說明頁面才會顯示真正的客服聯絡方式。',
    },
  },
  safetyFacts: [
    {
      text: {
        en: 'Wise publishes its real support contacts on the Help page of your signed-in account; numbers elsewhere may be fake.',
        'zh-CN': 'Wise 只在你登录后的帮助页面公布真实客服联系方式；其他地方的号码可能是假的。',
        'zh-Hant': 'Wise 只在你登入後的說明頁面公布真正的客服聯絡方式；其他地方的號碼可能是假的。',
      },
      source: {
        url: 'https://wise.com/gb/blog/never-allow-access-to-your-account',
        type: 'official',
      },
    },
  ],
  complaintTimelines: [
    {
      region: 'GB',
      text: {
        en: 'Wise acknowledges a complaint within 1 working day and sends a final response within 15 calendar days.',
        'zh-CN': 'Wise 在 1 个工作日内确认收到投诉，并在 15 个自然日内给出最终答复。',
        'zh-Hant': 'Wise 在 1 個工作天內確認收到申訴，並在 15 個日曆天內提出最終答覆。',
      },
      source: {
        url: 'https://wise.com/uk/help/articles/2235393/how-do-i-make-a-complaint',
        type: 'official',
      },
    },
  ],
  detection: {
    hints: {
      history: [
        {
          pattern: '^/all-transactions/?$',
          examples: {
            positive: ['/all-transactions'],
            negative: ['/home/', '/zh/transfers/88120'],
          },
        },
      ],
    },
    samplePages: {
      app: 'https://wise.com/home/',
      help: 'https://wise.com/help/articles/',
      history: 'https://wise.com/all-transactions/',
    },
  },
});
