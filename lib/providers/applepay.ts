import { defineProvider } from './schema';

// Apple Pay lives in the Wallet app, not on a website: a directory-only provider (contacts and
// advice, nothing to detect). Apple Cash is provided by Green Dot Bank and Apple Card is issued
// by Goldman Sachs Bank USA, as their terms say.
const CASH_HELP = 'https://support.apple.com/en-ng/HT207932';
const ACCOUNT_HELP = 'https://support.apple.com/en-kz/117946';

export default defineProvider({
  id: 'applepay',
  name: { en: 'Apple Pay', 'zh-CN': 'Apple Pay', 'zh-Hant': 'Apple Pay' },
  aliases: ['Apple Cash', 'Apple Card', 'Apple Wallet', '苹果支付', '蘋果支付'],
  hosts: [],
  supportHosts: ['support.apple.com'],
  // apple.com serves Apple's other products too: never a look-alike, never scanned.
  officialHosts: ['*.apple.com'],
  regions: ['US'],
  contacts: {
    helpCentre: {
      url: CASH_HELP,
      label: {
        en: 'Apple Cash: an account that is restricted or locked',
        'zh-CN': 'Apple Cash：账户受限或被冻结时',
        'zh-Hant': 'Apple Cash：帳戶受限或被凍結時',
      },
      source: { url: CASH_HELP, type: 'official' },
    },
    contactPage: {
      url: ACCOUNT_HELP,
      label: {
        en: 'Apple Support: secure your Apple Account and contact Apple',
        'zh-CN': 'Apple 支持：保护你的 Apple 账户并联系 Apple',
        'zh-Hant': 'Apple 支援：保護你的 Apple 帳戶並聯絡 Apple',
      },
      source: { url: ACCOUNT_HELP, type: 'official' },
    },
    phones: [
      {
        number: '877-255-5923',
        region: { en: 'United States', 'zh-CN': '美国', 'zh-Hant': '美國' },
        regionCodes: ['US'],
        use: 'call',
        purpose: {
          en: 'Apple Card (issued by Goldman Sachs Bank USA), toll-free',
          'zh-CN': 'Apple Card（由 Goldman Sachs Bank USA 发卡），免费电话',
          'zh-Hant': 'Apple Card（由 Goldman Sachs Bank USA 發卡），免付費電話',
        },
        source: {
          url: 'https://docslib.org/doc/5390104/path-to-apple-card-terms-of-use',
          type: 'official-copy',
        },
        confidence: 'medium',
      },
    ],
    inApp: {
      en: 'In the Wallet app, open your Apple Cash card: it offers Verify Identity or Contact Apple Support.',
      'zh-CN': '在“钱包”App 中打开你的 Apple Cash 卡：其中有“验证身份”或“联系 Apple 支持”。',
      'zh-Hant':
        '在「錢包」App 中打開你的 Apple Cash 卡片：其中有「驗證身分」或「聯絡 Apple 支援」。',
    },
    note: {
      en: 'No Apple Pay phone number was confirmed on an Apple page: start from the Wallet app or Apple Support.',
      'zh-CN':
        '目前没有在 Apple 官方页面上确认过的 Apple Pay 电话：请从“钱包”App 或 Apple 支持开始。',
      'zh-Hant':
        '目前還沒有在 Apple 官方頁面上確認過的 Apple Pay 電話：請從「錢包」App 或 Apple 支援開始。',
    },
  },
  guard: {
    brandTokens: ['applepay', 'applecash'],
    pageNames: ['Apple Pay', 'Apple Cash', 'Apple Card'],
  },
});
