import { defineProvider } from './schema';

const COMPLAINTS_PAGE = 'https://www.payoneer.com/customer-disclosures-and-complaints/';

export default defineProvider({
  id: 'payoneer',
  name: { en: 'Payoneer', 'zh-CN': 'Payoneer 派安盈', 'zh-Hant': 'Payoneer 派安盈' },
  hosts: ['*.payoneer.com'],
  regions: ['US', 'GB', 'IN'],
  contacts: {
    helpCentre: { url: COMPLAINTS_PAGE },
    contactPage: { url: COMPLAINTS_PAGE },
    phones: [
      {
        number: '1-800-251-2521',
        region: { en: 'United States', 'zh-CN': '美国', 'zh-Hant': '美國' },
        regionCodes: ['US'],
        use: 'call',
        purpose: {
          en: 'Customer Care (complaints)',
          'zh-CN': '客户服务（投诉）',
          'zh-Hant': '客戶服務（申訴）',
        },
        source: { url: COMPLAINTS_PAGE, type: 'official' },
        confidence: 'high',
      },
      {
        number: '+44 20 3519 1198',
        region: { en: 'United Kingdom', 'zh-CN': '英国', 'zh-Hant': '英國' },
        regionCodes: ['GB'],
        use: 'call',
        purpose: {
          en: 'Customer Care (complaints)',
          'zh-CN': '客户服务（投诉）',
          'zh-Hant': '客戶服務（申訴）',
        },
        source: { url: COMPLAINTS_PAGE, type: 'official' },
        confidence: 'high',
      },
      {
        number: '1-646-658-3695',
        region: { en: 'International', 'zh-CN': '国际', 'zh-Hant': '國際' },
        regionCodes: ['INTL'],
        use: 'call',
        purpose: {
          en: 'Customer Care (complaints)',
          'zh-CN': '客户服务（投诉）',
          'zh-Hant': '客戶服務（申訴）',
        },
        source: { url: COMPLAINTS_PAGE, type: 'official' },
        confidence: 'medium',
      },
    ],
  },
  complaintTimelines: [
    {
      region: 'INTL',
      text: {
        en: 'Payoneer tries to resolve a complaint within 24 hours; otherwise it becomes a formal complaint, acknowledged if not fully answered within five working days.',
        'zh-CN':
          'Payoneer 力求在 24 小时内解决投诉；否则转为正式投诉，若 5 个工作日内未能完整答复会先发确认。',
        'zh-Hant':
          'Payoneer 會盡量在 24 小時內解決申訴；解決不了的轉為正式申訴，如果 5 個工作天內無法完整答覆，會先寄發確認。',
      },
      source: { url: COMPLAINTS_PAGE, type: 'official' },
    },
  ],
  detection: {
    samplePages: {
      app: 'https://myaccount.payoneer.com/ma/',
      help: 'https://community.payoneer.com/t5/',
      history: 'https://myaccount.payoneer.com/ma/transactions/',
    },
  },
});
