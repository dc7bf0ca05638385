import { defineProvider } from './schema';

export default defineProvider({
  id: 'alipay',
  name: { en: 'Alipay', 'zh-CN': '支付宝', 'zh-Hant': '支付寶' },
  hosts: ['*.alipay.com'],
  regions: ['CN'],
  contacts: {
    // No help-centre page was captured from alipay.com itself; the official site links to it.
    contactPage: {
      url: 'https://www.alipay.com/',
      label: {
        en: 'Alipay official website',
        'zh-CN': '支付宝官方网站',
        'zh-Hant': '支付寶官方網站',
      },
    },
    phones: [
      {
        number: '95188',
        region: { en: 'Mainland China', 'zh-CN': '中国大陆', 'zh-Hant': '中國大陸' },
        regionCodes: ['CN'],
        use: 'call',
        purpose: {
          en: 'Alipay customer service (the number Alipay itself shows when a payment is blocked for risk)',
          'zh-CN': '支付宝客服（支付宝在付款因风险受限时自己显示的号码）',
          'zh-Hant': '支付寶客服（付款因風險受限時，支付寶自己顯示的號碼）',
        },
        source: {
          citation:
            'Alipay client code (收钱码 business library) strings naming 95188 as the customer-service line',
          type: 'public-code',
        },
        confidence: 'medium',
      },
    ],
    inApp: {
      en: 'In the Alipay app: Me → Customer Service (menu names vary by version).',
      'zh-CN': '支付宝 App：我的 → 客服中心（不同版本菜单名称可能不同）。',
      'zh-Hant': '支付寶 App：我的 → 客服中心（不同版本的選單名稱可能不同）。',
    },
  },
  detection: {
    hints: {
      history: [
        {
          pattern: '^/record(?:/standard\\.htm)?/?$',
          examples: {
            positive: ['/record', '/record/standard.htm'],
            negative: ['/standard/auth.htm', '/record/detail.htm'],
          },
        },
      ],
    },
    samplePages: {
      lang: 'zh-Hans',
      app: 'https://excashier.alipay.com/standard/',
      help: 'https://cshall.alipay.com/lab/help_detail/',
      history: 'https://consumeprod.alipay.com/record/',
      locales: [{ lang: 'zh-Hant', app: 'https://excashier.alipay.com/hk/standard/' }],
    },
  },
});
