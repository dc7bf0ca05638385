import { defineProvider } from './schema';

export default defineProvider({
  id: 'unionpay',
  name: { en: 'UnionPay', 'zh-CN': '中国银联 / 云闪付', 'zh-Hant': '中國銀聯／雲閃付' },
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
