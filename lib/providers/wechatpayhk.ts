import { defineProvider } from './schema';

// WeChat Pay HK is a stored value facility (e-wallet) licensed in Hong Kong, operated by "WeChat
// Pay Hong Kong" (as a partner's terms name it). No website or hotline of its own was confirmed
// by our sources, so it is directory-only and its published route is the HKMA's list of every
// licensed e-wallet's complaint contact.
const HKMA_SVF_COMPLAINTS =
  'https://www.hkma.gov.hk/eng/key-functions/international-financial-centre/stored-value-facilities-and-retail-payment-systems/regulatory-regime-for-stored-value-facilities/complaints-about-stored-value-facility-licensees/';

export default defineProvider({
  id: 'wechatpayhk',
  name: {
    en: 'WeChat Pay HK',
    'zh-CN': '微信支付香港（WeChat Pay HK）',
    'zh-Hant': 'WeChat Pay HK（微信支付香港）',
  },
  aliases: ['微信支付香港', 'WeChatPay HK', 'WeChat HK'],
  hosts: [],
  // The HKMA page that lists the complaint contact of every licensed e-wallet.
  supportHosts: ['www.hkma.gov.hk'],
  regions: ['HK'],
  contacts: {
    contactPage: {
      url: HKMA_SVF_COMPLAINTS,
      label: {
        en: 'HKMA: complaint contacts of licensed e-wallets',
        'zh-CN': '金管局：各持牌电子钱包的投诉联系方式',
        'zh-Hant': '金管局：各持牌電子錢包的投訴聯絡方式',
      },
      source: { url: HKMA_SVF_COMPLAINTS, type: 'official' },
    },
    note: {
      en: 'No WeChat Pay HK website or hotline was confirmed by our sources. The HKMA lists the complaint contact of every licensed e-wallet, and tells you by phone on 2878 1188.',
      'zh-CN':
        '我们的资料来源没有确认 WeChat Pay HK 的网站或热线。金管局列出了每个持牌电子钱包受理投诉的联系方式，也可致电 2878 1188 查询。',
      'zh-Hant':
        '我們的資料來源沒有確認 WeChat Pay HK 的網站或熱線。金管局列出了每個持牌電子錢包處理投訴的聯絡方式，也可以致電 2878 1188 查詢。',
    },
  },
  guard: { brandTokens: ['wechatpayhk'], pageNames: ['WeChat Pay HK', '微信支付香港'] },
});
