import { defineProvider } from './schema';

export default defineProvider({
  id: 'stripelink',
  name: {
    en: 'Link (by Stripe)',
    'zh-CN': 'Link（Stripe 旗下）',
    'zh-Hant': 'Link（Stripe 旗下）',
  },
  // stripe.com also serves merchants' dashboards; Link's consumer app lives on link.com.
  hosts: ['*.link.com'],
  supportHosts: ['support.stripe.com'],
  regions: ['US', 'GB', 'AU'],
  contacts: {
    helpCentre: { url: 'https://support.stripe.com/questions/link-faq' },
    contactPage: { url: 'https://support.stripe.com/questions/link-faq' },
    note: {
      en: 'For a problem with a purchase, contact the business you paid first; Link handles problems with Link itself.',
      'zh-CN': '购物相关的问题请先联系收款商家；Link 负责 Link 本身的问题。',
      'zh-Hant': '購物相關的問題請先聯絡收款商家；Link 負責 Link 本身的問題。',
    },
  },
  safetyFacts: [
    {
      text: {
        en: 'Link employees will never ask for your Link verification code.',
        'zh-CN': 'Link 员工绝不会向你索要 Link 验证码。',
        'zh-Hant': 'Link 員工絕不會向你索取 Link 驗證碼。',
      },
      source: { url: 'https://support.stripe.com/questions/link-faq', type: 'official' },
    },
  ],
  detection: {
    samplePages: {
      app: 'https://app.link.com/pay/',
      help: 'https://app.link.com/support/',
      history: 'https://app.link.com/activity/',
    },
  },
});
