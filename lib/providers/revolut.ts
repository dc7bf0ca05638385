import { defineProvider } from './schema';

const HOW_TO_COMPLAIN = 'https://help.revolut.com/en-LT/help/more/legal-topics/how-do-i-complain';

export default defineProvider({
  id: 'revolut',
  name: { en: 'Revolut', 'zh-CN': 'Revolut', 'zh-Hant': 'Revolut' },
  hosts: ['*.revolut.com'],
  regions: ['GB', 'EU'],
  contacts: {
    helpCentre: { url: 'https://help.revolut.com/' },
    contactPage: { url: 'https://www.revolut.com/legal/complaints-policy/' },
    complaintPages: [
      {
        url: HOW_TO_COMPLAIN,
        label: {
          en: 'How to complain (EEA)',
          'zh-CN': '如何投诉（欧洲经济区）',
          'zh-Hant': '如何申訴（歐洲經濟區）',
        },
      },
    ],
    emails: [
      {
        address: 'formalcomplaints@revolut.com',
        purpose: { en: 'Formal complaints', 'zh-CN': '正式投诉', 'zh-Hant': '正式申訴' },
        source: { url: HOW_TO_COMPLAIN, type: 'official' },
      },
    ],
    inApp: {
      en: 'Chat with support inside the Revolut app.',
      'zh-CN': '在 Revolut App 内与客服在线聊天。',
      'zh-Hant': '在 Revolut App 內和客服線上對話。',
    },
    note: {
      en: 'Revolut publishes no inbound phone line: use the in-app chat, the online complaint form or the complaints e-mail address.',
      'zh-CN': 'Revolut 没有公布可拨入的客服电话：请使用 App 内聊天、在线投诉表单或投诉邮箱。',
      'zh-Hant':
        'Revolut 沒有公布可以撥打的客服電話：請使用 App 內對話、線上申訴表單或申訴專用電子郵件。',
    },
  },
  complaintTimelines: [
    {
      region: 'EU',
      text: {
        en: 'Final response within 15 business days, or 35 in exceptional cases.',
        'zh-CN': '15 个工作日内给出最终答复，特殊情况下最长 35 个工作日。',
        'zh-Hant': '15 個工作天內提出最終答覆，特殊情況最長 35 個工作天。',
      },
      source: { url: HOW_TO_COMPLAIN, type: 'official' },
    },
    {
      region: 'GB',
      text: {
        en: 'Response usually within days and at most 15 business days; then the Financial Ombudsman Service.',
        'zh-CN': '通常几天内答复，最长 15 个工作日；之后可向英国金融申诉专员服务（FOS）申诉。',
        'zh-Hant': '通常幾天內答覆，最長 15 個工作天；之後可以向英國金融申訴專員（FOS）申訴。',
      },
      source: { url: 'https://www.revolut.com/legal/complaints-policy/', type: 'official' },
    },
  ],
  detection: {
    samplePages: {
      app: 'https://app.revolut.com/home/',
      help: 'https://help.revolut.com/help/',
      history: 'https://app.revolut.com/transactions/',
    },
  },
});
