import { defineProvider } from './schema';

const COMPLAINT_RULES = 'https://kf.qq.com/faq/210603YzmIra2106037zUB3i.html';

export default defineProvider({
  id: 'wechatpay',
  name: { en: 'WeChat Pay', 'zh-CN': '微信支付', 'zh-Hant': '微信支付' },
  aliases: ['WeChat', 'Weixin Pay', '微信', '财付通', '財付通', 'Tenpay'],
  hosts: ['pay.weixin.qq.com', '*.tenpay.com'],
  // Tencent Customer Service (kf.qq.com) serves WeChat Pay's consumer help; qq.com itself serves
  // unrelated products.
  supportHosts: ['kf.qq.com'],
  regions: ['CN'],
  // Consumer agreements and help of WeChat Pay are served from wechatpay.cn
  // (pay.wechatpay.cn, gtimg.wechatpay.cn).
  officialHosts: ['*.wechatpay.cn'],
  contacts: {
    // The consumer route: Tencent Customer Service's rules for complaints a payer raises about a
    // merchant through WeChat Pay (the bill of the payment in the app). The merchant API wiki
    // linked before is for merchants only.
    contactPage: {
      url: COMPLAINT_RULES,
      label: {
        en: 'WeChat Pay: complaining about a merchant (Tencent Customer Service)',
        'zh-CN': '微信支付消费者投诉规则（腾讯客服）',
        'zh-Hant': '微信支付消費者投訴規則（騰訊客服）',
      },
      source: { url: COMPLAINT_RULES, type: 'official' },
    },
    inApp: {
      en: 'In WeChat: Me → Services → Wallet → Bills, open the payment and complain about the merchant there; other questions under Wallet → Help Center (menu names vary by version).',
      'zh-CN':
        '微信：我 → 服务 → 钱包 → 账单，打开这笔付款，在其中投诉商家；其他问题见 钱包 → 帮助中心（不同版本菜单名称可能不同）。',
      'zh-Hant':
        '微信：我 → 服務 → 錢包 → 帳單，打開這筆付款，在裡面投訴商家；其他問題請看 錢包 → 幫助中心（不同版本的選單名稱可能不同）。',
    },
    note: {
      en: 'For personal payments, contact WeChat Pay from inside the WeChat app; no consumer phone number is confirmed on a Tencent page.',
      'zh-CN':
        '个人支付问题请在微信 App 内联系微信支付客服；目前没有在腾讯官方页面上确认过的个人客服电话。',
      'zh-Hant':
        '個人付款問題請在微信 App 內聯絡微信支付客服；目前還沒有在騰訊官方頁面上確認過的個人客服電話。',
    },
  },
  safetyFacts: [
    {
      text: {
        en: 'Never show or send your payment code (its picture or its digits) to anyone.',
        'zh-CN': '不要把付款码（图片或数字）给任何人看或发给任何人。',
        'zh-Hant': '不要把付款碼（圖片或數字）給任何人看或傳給任何人。',
      },
      source: { url: 'https://gtimg.wechatpay.cn/action/shuaka/help_en.shtml', type: 'official' },
    },
    {
      text: {
        en: 'Never share your screen with a stranger or install an app a caller names; police and courts never tell you by phone to transfer money.',
        'zh-CN':
          '不要与陌生人开启屏幕共享，也不要下载来电者让你装的 App；公检法机关不会通过电话指导你转账。',
        'zh-Hant':
          '不要和陌生人開啟螢幕分享，也不要下載來電者要你安裝的 App；警察、檢察官和法院不會透過電話指示你轉帳。',
      },
      source: { url: 'https://beta.readhub.cn/topic/8p8a61xtsED', type: 'secondary' },
    },
  ],
  complaintTimelines: [
    {
      region: 'CN',
      text: {
        en: 'A merchant must reply to a WeChat Pay complaint within 24 hours of it being opened and settle it within 72 hours.',
        'zh-CN': '商家须在投诉单生成后 24 小时内回复，72 小时内处理完毕。',
        'zh-Hant': '商家須在投訴單產生後 24 小時內回覆，72 小時內處理完畢。',
      },
      source: { url: 'https://kf.qq.com/faq/230125a6NbmA230125vMNZnE.html', type: 'official' },
    },
  ],
  guard: { brandTokens: ['wechatpay', 'weixinpay', 'wechat', 'weixin', 'tenpay'] },
  detection: {
    samplePages: {
      lang: 'zh-Hans',
      app: 'https://pay.weixin.qq.com/index.php/public/cashier/',
      help: 'https://pay.weixin.qq.com/index.php/public/faq/',
      history: 'https://pay.weixin.qq.com/index.php/core/trade/',
    },
  },
});
