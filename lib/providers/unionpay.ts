import { defineProvider } from './schema';

export default defineProvider({
  id: 'unionpay',
  name: { en: 'UnionPay', 'zh-CN': '中国银联 / 云闪付', 'zh-Hant': '中國銀聯／雲閃付' },
  aliases: [
    '云闪付',
    '雲閃付',
    '银联',
    '銀聯',
    '中国银联',
    '中國銀聯',
    'China UnionPay',
    'Cloud QuickPass',
    'Yunshanfu',
  ],
  hosts: ['*.95516.com', '*.unionpay.com'],
  regions: ['CN'],
  contacts: {
    // No help page was captured from UnionPay's own sites; its official site is the fallback.
    contactPage: {
      url: 'https://cn.unionpay.com/',
      label: {
        en: 'UnionPay official website',
        'zh-CN': '中国银联官方网站',
        'zh-Hant': '中國銀聯官方網站',
      },
    },
    phones: [
      {
        number: '95516',
        region: { en: 'Mainland China', 'zh-CN': '中国大陆', 'zh-Hant': '中國大陸' },
        regionCodes: ['CN'],
        use: 'call',
        purpose: {
          en: 'UnionPay customer service (the number UnionPay’s own payment error messages refer to)',
          'zh-CN': '银联客服（银联支付错误提示中给出的号码）',
          'zh-Hant': '銀聯客服（銀聯付款錯誤訊息中提供的號碼）',
        },
        source: {
          citation:
            'UnionPay online-gateway response-code texts reproduced in public code ("交易失败。详情请咨询95516")',
          type: 'public-code',
        },
        confidence: 'medium',
      },
    ],
  },
  safetyFacts: [
    {
      text: {
        en: 'Beware of text messages that pretend to be from UnionPay, and of any call or message that asks you to transfer money or give a password.',
        'zh-CN': '当心冒充银联的短信；对任何要求转账或索要密码的电话和短信都要高度警惕。',
        'zh-Hant': '小心冒充銀聯的簡訊；對任何要求轉帳或索取密碼的電話和簡訊都要提高警覺。',
      },
      source: {
        citation: '中国经济网 (finance.ce.cn), 1 February 2013, reporting UnionPay’s warning',
        type: 'secondary',
        date: '2013-02-01',
      },
    },
  ],
  guard: { brandTokens: ['unionpay', 'yunshanfu', '95516'] },
  detection: {
    samplePages: {
      lang: 'zh-Hans',
      app: 'https://cashier.95516.com/b2c/',
      help: 'https://cashier.95516.com/help/',
      history: 'https://cashier.95516.com/records/',
      locales: [{ lang: 'zh-Hant', app: 'https://cashier.95516.com/hk/b2c/' }],
    },
  },
});
