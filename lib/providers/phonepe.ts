import { defineProvider } from './schema';

export default defineProvider({
  id: 'phonepe',
  name: { en: 'PhonePe', 'zh-CN': 'PhonePe', 'zh-Hant': 'PhonePe' },
  hosts: ['*.phonepe.com'],
  regions: ['IN'],
  contacts: {
    helpCentre: { url: 'https://www.phonepe.com/grievance-policy/' },
    contactPage: { url: 'https://www.phonepe.com/grievance-policy/app' },
    inApp: {
      en: 'In the PhonePe app: History → the transaction → Contact PhonePe Support (open 24×7).',
      'zh-CN': 'PhonePe App：历史记录 → 选择该笔交易 → 联系 PhonePe 客服（全天 24 小时）。',
      'zh-Hant': 'PhonePe App：歷史紀錄 → 選擇那筆交易 → 聯絡 PhonePe 客服（24 小時服務）。',
    },
    note: {
      en: 'PhonePe publishes no phone number; pages offering one on other sites are copies.',
      'zh-CN': 'PhonePe 没有公布客服电话；其他网站上提供号码的页面都是仿冒。',
      'zh-Hant': 'PhonePe 沒有公布客服電話；其他網站上提供號碼的頁面都是假冒的。',
    },
  },
  detection: {
    samplePages: {
      app: 'https://www.phonepe.com/pay/',
      help: 'https://www.phonepe.com/help/',
      history: 'https://www.phonepe.com/history/',
    },
  },
});
