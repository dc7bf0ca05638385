import { defineProvider } from './schema';

const AGREEMENT = 'Coinbase EEA user agreement §12.3 (archived copy of coinbase.com/legal)';

export default defineProvider({
  id: 'coinbase',
  name: { en: 'Coinbase', 'zh-CN': 'Coinbase', 'zh-Hant': 'Coinbase' },
  hosts: ['*.coinbase.com'],
  regions: ['US', 'EU'],
  contacts: {
    helpCentre: { url: 'https://help.coinbase.com/' },
    contactPage: { url: 'https://help.coinbase.com/' },
    phones: [
      {
        number: '+1 (888) 908 7930',
        region: {
          en: 'United States and international',
          'zh-CN': '美国及国际',
          'zh-Hant': '美國及國際',
        },
        regionCodes: ['US', 'INTL'],
        use: 'call',
        purpose: {
          en: 'Report a security breach or a compromised account (international charges may apply)',
          'zh-CN': '报告安全事件或账户被盗（可能产生国际话费）',
          'zh-Hant': '通報安全事件或帳戶遭盜用（可能需付國際電話費）',
        },
        source: { citation: AGREEMENT, type: 'official-copy', date: '2022-09-20' },
        confidence: 'medium-high',
      },
      {
        number: '1800 200 355',
        region: { en: 'Ireland', 'zh-CN': '爱尔兰', 'zh-Hant': '愛爾蘭' },
        regionCodes: ['IE'],
        use: 'call',
        purpose: {
          en: 'Report a security breach',
          'zh-CN': '报告安全事件',
          'zh-Hant': '通報安全事件',
        },
        source: { citation: AGREEMENT, type: 'official-copy', date: '2022-09-20' },
        confidence: 'medium-high',
      },
    ],
  },
  complaintTimelines: [
    {
      region: 'EU',
      text: {
        en: 'Complaint form at help.coinbase.com; a resolution notice within 15 business days, or at most 35 after a holding reply.',
        'zh-CN':
          '通过 help.coinbase.com 的投诉表单提交；15 个工作日内给出处理通知，若先发临时答复则最长 35 个工作日。',
        'zh-Hant':
          '透過 help.coinbase.com 的申訴表單提出；15 個工作天內會收到處理通知，如果先收到暫時答覆，最長 35 個工作天。',
      },
      source: {
        citation: 'Coinbase user agreement §10.2 (archived copy)',
        type: 'official-copy',
        date: '2022-09-20',
      },
    },
  ],
  detection: {
    samplePages: {
      app: 'https://www.coinbase.com/home/',
      help: 'https://help.coinbase.com/en/coinbase/',
      history: 'https://www.coinbase.com/transactions/',
    },
  },
});
