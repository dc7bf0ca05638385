import { defineProvider } from './schema';

// Octopus (Octopus Cards Limited) is a stored value facility licensed by the HKMA. No Octopus
// page was confirmed by our sources: its website is named only in partners' terms, and no
// hotline was confirmed. So it is directory-only, and its published route is the HKMA's list of
// every licensed e-wallet's complaint contact.
const HKMA_SVF_COMPLAINTS =
  'https://www.hkma.gov.hk/eng/key-functions/international-financial-centre/stored-value-facilities-and-retail-payment-systems/regulatory-regime-for-stored-value-facilities/complaints-about-stored-value-facility-licensees/';

export default defineProvider({
  id: 'octopus',
  name: { en: 'Octopus', 'zh-CN': '八达通', 'zh-Hant': '八達通' },
  aliases: ['Octopus card', 'Octopus Cards', 'Octopus App', '八達通卡', '八达通卡'],
  hosts: [],
  supportHosts: ['www.hkma.gov.hk', 'www.octopus.com.hk'],
  officialHosts: ['*.octopus.com.hk'],
  regions: ['HK'],
  contacts: {
    helpCentre: {
      url: 'https://www.octopus.com.hk/',
      label: { en: 'Octopus website', 'zh-CN': '八达通网站', 'zh-Hant': '八達通網站' },
      source: {
        citation:
          'Partners’ terms and conditions: “downloadable from Octopus website at www.octopus.com.hk”',
        type: 'secondary',
      },
    },
    contactPage: {
      url: HKMA_SVF_COMPLAINTS,
      label: {
        en: 'HKMA: complaint contacts of licensed e-wallets (Octopus among them)',
        'zh-CN': '金管局：各持牌电子钱包的投诉联系方式（包括八达通）',
        'zh-Hant': '金管局：各持牌電子錢包的投訴聯絡方式（包括八達通）',
      },
      source: { url: HKMA_SVF_COMPLAINTS, type: 'official' },
    },
    note: {
      en: 'No Octopus hotline was confirmed by our sources, and its website is named only in partners’ terms. The HKMA lists its complaint contact, and tells you by phone on 2878 1188.',
      'zh-CN':
        '我们的资料来源没有确认八达通的热线，其网站也只见于合作伙伴的条款。金管局列出了它受理投诉的联系方式，也可致电 2878 1188 查询。',
      'zh-Hant':
        '我們的資料來源沒有確認八達通的熱線，它的網站也只見於合作夥伴的條款。金管局列出了它處理投訴的聯絡方式，也可以致電 2878 1188 查詢。',
    },
  },
  guard: {
    plainTokens: ['octopus'],
    pageNames: ['八達通', '八达通', 'Octopus card', 'Octopus Cards', 'Octopus App'],
  },
});
