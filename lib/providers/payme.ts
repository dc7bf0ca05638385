import { defineProvider } from './schema';

// PayMe is HSBC's app-only e-wallet in Hong Kong: a directory-only provider. Its web host
// serves help pages only (links, no detection).
const HELP = 'https://payme.hsbc.com.hk/help';

export default defineProvider({
  id: 'payme',
  name: { en: 'PayMe from HSBC', 'zh-CN': 'PayMe（汇丰）', 'zh-Hant': 'PayMe（滙豐）' },
  aliases: ['PayMe', 'HSBC PayMe', '汇丰PayMe', '滙豐PayMe'],
  hosts: [],
  supportHosts: ['payme.hsbc.com.hk'],
  // payme.hsbc.com.hk is a host of HSBC Hong Kong's own domain.
  officialHosts: ['*.hsbc.com.hk'],
  regions: ['HK'],
  contacts: {
    contactPage: {
      url: HELP,
      label: {
        en: 'PayMe help centre (with Contact Us)',
        'zh-CN': 'PayMe 帮助中心（含“联系我们”）',
        'zh-Hant': 'PayMe 說明中心（含「聯絡我們」）',
      },
      source: { url: HELP, type: 'official' },
    },
    note: {
      en: 'No PayMe hotline was found on a PayMe page: use the Contact Us section of its help centre.',
      'zh-CN': '目前没有在 PayMe 官方页面上找到客服热线：请使用其帮助中心的“联系我们”。',
      'zh-Hant': '目前在 PayMe 官方頁面上找不到客服熱線：請使用它說明中心的「聯絡我們」。',
    },
  },
  guard: {
    plainTokens: ['payme'],
    pageNames: ['PayMe from HSBC', 'HSBC PayMe', 'PayMe (HSBC)', '滙豐PayMe', '汇丰PayMe'],
  },
});
