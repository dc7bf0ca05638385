import { defineProvider } from './schema';

export default defineProvider({
  id: 'amazonpay',
  name: {
    en: 'Amazon Pay',
    'zh-CN': '亚马逊支付（Amazon Pay）',
    'zh-Hant': '亞馬遜支付（Amazon Pay）',
  },
  // Only Amazon Pay's own hosts: amazon.com itself serves unrelated products.
  hosts: ['pay.amazon.com', 'pay.amazon.co.uk', 'pay.amazon.ie', '*.amazonpay.in'],
  regions: ['US', 'GB', 'EU', 'IN'],
  contacts: {
    helpCentre: { url: 'https://pay.amazon.co.uk/help/201754730' },
    contactPage: { url: 'https://pay.amazon.co.uk/help/201754730' },
  },
  detection: {
    samplePages: {
      app: 'https://pay.amazon.com/checkout/',
      help: 'https://pay.amazon.com/help/',
      history: 'https://pay.amazon.com/transactions/',
    },
  },
});
