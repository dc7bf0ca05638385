import { defineProvider } from './schema';

const GRIEVANCE_PAGE = 'https://paytm.com/company/terms-and-conditions?company=one97&tab=grievance';

export default defineProvider({
  id: 'paytm',
  name: { en: 'Paytm', 'zh-CN': 'Paytm', 'zh-Hant': 'Paytm' },
  hosts: ['*.paytm.com', '*.paytmbank.com'],
  supportHosts: ['m.paytm.me'],
  regions: ['IN'],
  contacts: {
    helpCentre: { url: 'https://m.paytm.me/CustomerSupport' },
    contactPage: { url: GRIEVANCE_PAGE },
    complaintPages: [
      {
        url: GRIEVANCE_PAGE,
        label: {
          en: 'Grievance redressal',
          'zh-CN': '投诉处理（申诉）',
          'zh-Hant': '申訴處理（Grievance redressal）',
        },
      },
    ],
  },
  complaintTimelines: [
    {
      region: 'IN',
      text: {
        en: 'First response within 2 hours; complaints resolved within 2 business days.',
        'zh-CN': '2 小时内首次回复；投诉在 2 个工作日内解决。',
        'zh-Hant': '2 小時內首次回覆；申訴在 2 個工作天內解決。',
      },
      source: { url: GRIEVANCE_PAGE, type: 'official' },
    },
  ],
  detection: {
    samplePages: {
      app: 'https://paytm.com/pay/',
      help: 'https://paytm.com/care/faq/',
      history: 'https://paytm.com/passbook/',
    },
  },
});
