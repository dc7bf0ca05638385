import { defineProvider } from './schema';

const COMPLAINTS_PAGE = 'https://www.neteller.com/sv/support/complaints';

export default defineProvider({
  id: 'neteller',
  name: { en: 'NETELLER', 'zh-CN': 'NETELLER', 'zh-Hant': 'NETELLER' },
  hosts: ['*.neteller.com'],
  regions: ['GB'],
  contacts: {
    helpCentre: { url: 'https://www.neteller.com/en/support' },
    contactPage: { url: COMPLAINTS_PAGE },
    complaintPages: [
      { url: COMPLAINTS_PAGE, label: { en: 'Complaints', 'zh-CN': '投诉', 'zh-Hant': '申訴' } },
    ],
    phones: [
      {
        number: '+44 20 3308 9525',
        region: {
          en: 'International (UK number)',
          'zh-CN': '国际（英国号码）',
          'zh-Hant': '國際（英國號碼）',
        },
        regionCodes: ['GB', 'INTL'],
        use: 'call',
        purpose: {
          en: 'Customer support and complaints (long-distance charges may apply)',
          'zh-CN': '客服与投诉（可能产生长途话费）',
          'zh-Hant': '客服與申訴（可能需付長途電話費）',
        },
        source: { url: COMPLAINTS_PAGE, type: 'official' },
        confidence: 'high',
      },
    ],
    emails: [
      {
        address: 'complaints@neteller.com',
        purpose: { en: 'Complaints', 'zh-CN': '投诉', 'zh-Hant': '申訴' },
        source: { url: COMPLAINTS_PAGE, type: 'official' },
      },
    ],
  },
  detection: {
    samplePages: {
      app: 'https://member.neteller.com/wallet/',
      help: 'https://www.neteller.com/en/support/',
      history: 'https://member.neteller.com/wallet/history/',
    },
  },
});
