import { defineProvider } from './schema';

// AlipayHK is run by Alipay Financial Services (HK) Limited, licensed by the HKMA as a stored
// value facility (SVF0004, HKMA press release of 25 August 2016:
// https://www.hkma.gov.hk/eng/news-and-media/press-releases/2016/08/20160825-3/). Complaints about
// it therefore escalate to the HKMA's channel for SVF licensees (region HK).
const FAQ_PAGE = 'https://www.alipayhk.com/en/faq-shoppers/transfer-and-remittance';
const SECURITY_PAGE = 'https://www.alipayhk.com/en/media/security/';

export default defineProvider({
  id: 'alipayhk',
  name: { en: 'AlipayHK', 'zh-CN': '支付宝香港（AlipayHK）', 'zh-Hant': '支付寶香港（AlipayHK）' },
  hosts: ['*.alipayhk.com'],
  regions: ['HK'],
  contacts: {
    contactPage: {
      url: FAQ_PAGE,
      label: {
        en: 'AlipayHK help for users',
        'zh-CN': 'AlipayHK 用户帮助',
        'zh-Hant': 'AlipayHK 使用說明',
      },
      source: { url: FAQ_PAGE, type: 'official' },
    },
    note: {
      en: 'No AlipayHK customer-service hotline was found on an AlipayHK page: start from its help page or the app.',
      'zh-CN': '目前没有在 AlipayHK 官方页面上找到客服热线：请从其帮助页面或 App 内联系客服。',
      'zh-Hant': '目前在 AlipayHK 官方頁面上找不到客服熱線：請從它的說明頁面或 App 內聯絡客服。',
    },
  },
  safetyFacts: [
    {
      text: {
        en: 'AlipayHK does not use text messages or e-mails to ask you to log in, verify your account or reset your password: such a message is not from AlipayHK.',
        'zh-CN':
          'AlipayHK 不会通过短信或电子邮件要求你登录、验证账户或重设密码：收到这类消息，就不是 AlipayHK 发的。',
        'zh-Hant':
          'AlipayHK 不會透過簡訊或電子郵件要求你登入、驗證帳戶或重設密碼：收到這類訊息，就不是 AlipayHK 發的。',
      },
      source: { url: SECURITY_PAGE, type: 'official' },
    },
  ],
  detection: {
    hints: {
      // Its security and scam-warning pages describe frauds without anything happening to the
      // reader: count them as help pages.
      help: [
        {
          pattern: '^/[a-z-]+/media/',
          examples: {
            positive: [new URL(SECURITY_PAGE).pathname],
            negative: ['/en/wallet/', new URL(FAQ_PAGE).pathname],
          },
        },
      ],
    },
    samplePages: {
      lang: 'en',
      app: 'https://www.alipayhk.com/en/wallet/',
      help: 'https://www.alipayhk.com/en/faq-shoppers/',
      history: 'https://www.alipayhk.com/en/wallet/transactions/',
      locales: [{ lang: 'zh-Hant', app: 'https://www.alipayhk.com/zh-hk/wallet/' }],
    },
  },
});
