import { defineProvider } from './schema';

const GRIEVANCE_PAGE = 'https://paytm.com/company/terms-and-conditions?company=one97&tab=grievance';

export default defineProvider({
  id: 'paytm',
  name: { en: 'Paytm', 'zh-CN': 'Paytm' },
  hosts: ['*.paytm.com', '*.paytmbank.com'],
  supportHosts: ['m.paytm.me'],
  regions: ['IN'],
  contacts: {
    helpCentre: { url: 'https://m.paytm.me/CustomerSupport' },
    contactPage: { url: GRIEVANCE_PAGE },
    complaintPages: [
      { url: GRIEVANCE_PAGE, label: { en: 'Grievance redressal', 'zh-CN': '投诉处理（申诉）' } },
    ],
  },
  complaintTimelines: [
    {
      region: 'IN',
      text: {
        en: 'First response within 2 hours; complaints resolved within 2 business days.',
        'zh-CN': '2 小时内首次回复；投诉在 2 个工作日内解决。',
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
