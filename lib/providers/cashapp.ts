import { defineProvider } from './schema';

const SOCIAL_ENGINEERING_PAGE =
  'https://cash.app/help/us/en-us/6489-protecting-you-from-social-engineering-attacks';

export default defineProvider({
  id: 'cashapp',
  name: { en: 'Cash App', 'zh-CN': 'Cash App', 'zh-Hant': 'Cash App' },
  hosts: ['*.cash.app'],
  regions: ['US'],
  contacts: {
    helpCentre: { url: 'https://cash.app/help' },
    contactPage: { url: SOCIAL_ENGINEERING_PAGE },
    phones: [
      {
        number: '1 (800) 969-1940',
        region: { en: 'United States', 'zh-CN': '美国', 'zh-Hant': '美國' },
        regionCodes: ['US'],
        use: 'call',
        purpose: {
          en: 'Cash App Support — the only number Cash App says you can call',
          'zh-CN': 'Cash App 客服（Cash App 表示这是唯一可以拨打的客服号码）',
          'zh-Hant': 'Cash App 客服（Cash App 表示這是唯一可以撥打的客服號碼）',
        },
        source: { url: SOCIAL_ENGINEERING_PAGE, type: 'official' },
        confidence: 'high',
      },
      {
        number: '1 (858) 227-4267',
        region: { en: 'United States', 'zh-CN': '美国', 'zh-Hant': '美國' },
        regionCodes: ['US'],
        use: 'callback-only',
        purpose: {
          en: 'Cash App calls you from this number when you ask for a callback',
          'zh-CN': '你申请回电时，Cash App 会用这个号码打给你',
          'zh-Hant': '你申請回電時，Cash App 會用這個號碼打給你',
        },
        source: { url: SOCIAL_ENGINEERING_PAGE, type: 'official' },
        confidence: 'high',
      },
      {
        number: '1 (415) 523-2287',
        region: { en: 'United States', 'zh-CN': '美国', 'zh-Hant': '美國' },
        regionCodes: ['US'],
        use: 'callback-only',
        purpose: {
          en: 'Cash App calls you from this number when you ask for a callback',
          'zh-CN': '你申请回电时，Cash App 会用这个号码打给你',
          'zh-Hant': '你申請回電時，Cash App 會用這個號碼打給你',
        },
        source: { url: SOCIAL_ENGINEERING_PAGE, type: 'official' },
        confidence: 'high',
      },
    ],
  },
  safetyFacts: [
    {
      text: {
        en: 'Cash App staff never ask for your sign-in code, PIN, full card number or SSN, never ask you to send a payment, and never ask you to install a remote-access app.',
        'zh-CN':
          'Cash App 工作人员绝不会索要登录验证码、PIN、完整卡号或社会安全号码，也不会让你转账或安装远程控制软件。',
        'zh-Hant':
          'Cash App 工作人員絕不會向你索取登入驗證碼、PIN 碼、完整卡號或社會安全號碼，也不會要你轉帳或安裝遠端控制軟體。',
      },
      source: {
        url: 'https://cash.app/help/6482-recognize-scams-and-keep-your-money-safe-with-cash-app',
        type: 'official',
      },
    },
  ],
  detection: {
    rules: [
      {
        id: 'cashapp.canceled-for-protection.en',
        state: 'payment_failed',
        lang: 'en',
        pattern: String.raw`\b(?:this |your )?payment was (?:canceled|cancelled) for your protection\b`,
        weight: 1,
        examples: {
          positive: ['This payment was canceled for your protection.'],
          negative: ['Learn why a payment was canceled for your protection.'],
        },
      },
    ],
    hints: {
      help: [
        {
          pattern: '^/help(?:/|$)',
          examples: {
            positive: ['/help', new URL(SOCIAL_ENGINEERING_PAGE).pathname],
            negative: ['/account/', '/helpful-tips'],
          },
        },
      ],
      history: [
        {
          pattern: '^/account/activity/?$',
          examples: {
            positive: ['/account/activity'],
            negative: ['/account/', '/account/activity/1234'],
          },
        },
      ],
    },
    samplePages: {
      app: 'https://cash.app/account/',
      help: 'https://cash.app/help/us/en-us/',
      history: 'https://cash.app/account/activity/',
    },
  },
});
