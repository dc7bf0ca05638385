import { defineProvider } from './schema';

export default defineProvider({
  id: 'wechatpay',
  name: { en: 'WeChat Pay', 'zh-CN': '微信支付', 'zh-Hant': '微信支付' },
  hosts: ['pay.weixin.qq.com', '*.tenpay.com'],
  regions: ['CN'],
  contacts: {
    contactPage: {
      url: 'https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/chapter11_1.shtml',
      label: {
        en: 'WeChat Pay contact page (merchant-facing)',
        'zh-CN': '微信支付“联系我们”（面向商户）',
        'zh-Hant': '微信支付「聯絡我們」（商家專用）',
      },
    },
    emails: [
      {
        address: 'wxpayglobal@tencent.com',
        purpose: {
          en: 'WeChat Pay global merchant support',
          'zh-CN': '微信支付境外商户支持',
          'zh-Hant': '微信支付境外商家支援',
        },
        source: {
          url: 'https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/chapter11_1.shtml',
          type: 'official',
        },
      },
    ],
    inApp: {
      en: 'In WeChat: Me → Services → Wallet → Help Center (menu names vary by version).',
      'zh-CN': '微信：我 → 服务 → 钱包 → 帮助中心（不同版本菜单名称可能不同）。',
      'zh-Hant': '微信：我 → 服務 → 錢包 → 幫助中心（不同版本的選單名稱可能不同）。',
    },
    note: {
      en: 'For personal payments, contact WeChat Pay from inside the WeChat app; no consumer phone number is confirmed on a Tencent page.',
      'zh-CN':
        '个人支付问题请在微信 App 内联系微信支付客服；目前没有在腾讯官方页面上确认过的个人客服电话。',
      'zh-Hant':
        '個人付款問題請在微信 App 內聯絡微信支付客服；目前還沒有在騰訊官方頁面上確認過的個人客服電話。',
    },
  },
  detection: {
    samplePages: {
      lang: 'zh-Hans',
      app: 'https://pay.weixin.qq.com/index.php/public/cashier/',
      help: 'https://pay.weixin.qq.com/index.php/public/faq/',
      history: 'https://pay.weixin.qq.com/index.php/core/trade/',
    },
  },
});
