import { casesZhCN } from '../cases/i18n-zh-CN';
import type { MessageKey } from './en';

/** 简体中文界面文字。每个键都必须有译文（类型和一致性测试双重检查）。 */
export const zhCN: Record<MessageKey, string> = {
  'app.name': '钱包助手',
  'app.tagline': '付款失败、账户被锁时的帮手',

  'state.payment_failed': '付款失败',
  'state.account_locked': '账户被锁定或受限',
  'state.limit_exceeded': '已达额度上限',
  'state.funds_missing': '资金未到账',
  'state.unauthorized_activity': '有你不认识的操作',
  'state.refund_issue': '退款遇到问题',
  'state.none': '未发现异常',

  'state.payment_failed.lead': '这笔付款似乎没有成功。重新付款前，请先按下面的步骤逐一检查。',
  'state.account_locked.lead': '你的账户似乎被锁定或受限了。这通常可以解决，方法如下。',
  'state.limit_exceeded.lead': '这笔付款似乎被额度限制挡住了。',
  'state.funds_missing.lead': '你转出或等待的钱似乎还没有到账。',
  'state.unauthorized_activity.lead': '你的账户可能有并非本人进行的操作，请马上处理。',
  'state.refund_issue.lead': '退款似乎卡住了或被拒绝了。',
  'state.none.lead': '钱包助手正在关注这个页面。一旦出现问题，会告诉你该怎么做。',

  'popup.provider': '钱包',
  'popup.unsupported': '当前页面不是受支持的钱包网站。',
  'popup.unsupported.hint':
    '打开你的钱包网站（例如 PayPal、支付宝或 Wise），钱包助手就会在那里提供帮助。',
  'popup.supported': '支持的钱包',
  'popup.detectedAt': '发现于 {time}',
  'popup.loading': '加载中…',
  'popup.checklist': '现在该做什么',
  'popup.checklist.none': '如果付款失败或账户被锁，处理步骤会显示在这里。',

  'contacts.title': '官方联系方式',
  'contacts.openContactPage': '打开官方联系页面',
  'contacts.helpCentre': '帮助中心',
  'contacts.complaints': '投诉',
  'contacts.phones': '电话',
  'contacts.callbackOnly': '官方回电只会来自',
  'contacts.inApp': 'App 内',
  'contacts.email': '电子邮件',
  'contacts.source': '来源',
  'contacts.confidence.high': '已在官方页面确认',
  'contacts.confidence.medium-high': '来自官方文件副本',
  'contacts.confidence.medium': '拨打前请再核实',
  'contacts.warning':
    '只使用这里或钱包官方 App 内显示的联系方式。其他网站、广告或短信里的号码常常是诈骗。',
  'contacts.neverAsk': '真正的 {provider} 绝不会这样做',

  'capture.button': '保存证据（截图）',
  'capture.busy': '正在保存…',
  'capture.saved': '已保存。SHA-256 {hash}…',
  'capture.failed': '未保存：{error}',
  'capture.recent': '最近的证据',
  'capture.none': '还没有保存任何证据。证据只保存在本机。',

  'error.invalidMessage': '钱包助手收到了无法识别的请求。',
  'error.forbidden': '此处不允许执行这个请求。',
  'error.internal': '钱包助手内部出错，没有做任何更改。',
  'error.tabGone': '该标签页已关闭，没有截取任何内容。',
  'error.tabNotVisible': '只能截取你正在查看的标签页。请切换到该页面后重试。',
  'error.pageNotCapturable': '这个页面无法截取。',
  'error.captureDenied': '浏览器不允许截图。请在该页面上点击工具栏中的钱包助手按钮，然后重试。',
  'error.storage': '证据未能保存，没有写入任何内容，请重试。',

  'badge.title': '钱包助手 — {state}',

  'check.payment_failed.network': '先检查网络：网络不稳定或断开，是付款没能完成最常见的原因之一。',
  'check.payment_failed.balance': '再检查余额或所选的银行卡，确认可用资金足够支付这笔金额。',
  'check.payment_failed.merchant':
    '如果两者都正常，问题可能出在商家一方：商家的支付接口也会出故障。在弄清第一次是否已扣款之前，不要再次付款。',
  'check.payment_failed.record': '记下付款时间、金额和商家名称，并用下面的按钮保存一张截图。',
  'check.payment_failed.contact': '带着这些信息联系钱包的官方客服，并记下对方的答复。',
  'check.payment_failed.patience':
    '大多数付款失败都能很快处理好。保持耐心，在问题解决前保留好你的记录。',

  'check.account_locked.calm':
    '先别慌。钱包发现异常时会自动锁定或限制账户，这是在保护你的资金，通常可以解除。',
  'check.account_locked.instructions':
    '只按照钱包自己在其官方 App 或官网上给出的提示操作，不要在别处操作。',
  'check.account_locked.contact':
    '通过下方的官方渠道联系客服，不要拨打广告、搜索结果或短信里的号码。',
  'check.account_locked.identity':
    '准备好证明账户属于你的材料：身份证件、账户绑定的手机号和邮箱，以及你能说清楚的近期交易。',
  'check.account_locked.record': '问清需要哪些材料、审核需要多久；记下客服的姓名、工号和受理编号。',
  'check.account_locked.provider':
    '各家钱包的解锁方式不同，按该钱包的官方步骤操作是最快的恢复途径。',

  'check.limit_exceeded.which': '弄清楚触发的是哪种额度：单笔、每日、每月，还是未认证账户的额度。',
  'check.limit_exceeded.wait': '等待额度重置；只有在钱包规则允许时才拆分付款。',
  'check.limit_exceeded.verify': '在钱包官方 App 内完成身份认证，通常可以提高额度。',
  'check.limit_exceeded.contact': '如果额度看起来不对，带着时间、金额和页面提示联系官方客服。',

  'check.funds_missing.status': '在钱包里打开这笔交易，记下它的状态和交易编号。',
  'check.funds_missing.details': '核对收款人信息，以及钱包给出的预计到账时间。',
  'check.funds_missing.record': '记下时间、金额、收款人和交易编号，并保存截图。',
  'check.funds_missing.contact': '如果已经超时，带着这些信息联系官方客服，问清何时到账或退回。',

  'check.unauthorized_activity.secure': '立即修改密码，并开启两步验证。',
  'check.unauthorized_activity.report':
    '马上通过官方渠道向钱包报告：尽快报告能保住你要求退款的权利。',
  'check.unauthorized_activity.card': '如果绑定的银行卡被使用，也要通知你的银行。',
  'check.unauthorized_activity.record': '保存证据：相关交易、时间、金额，以及收到的短信或邮件。',
  'check.unauthorized_activity.codes':
    '不要把一次性验证码或密码告诉任何来电或来信的人，即使对方自称客服。',

  'check.refund_issue.request': '在钱包或商家的 App 里，针对原来那笔付款申请退款。',
  'check.refund_issue.review': '商家会先审核申请；记下你申请的时间和商家的答复。',
  'check.refund_issue.policy': '仔细阅读钱包和商家的退款政策：时限和规则各不相同。',
  'check.refund_issue.contact': '如果商家不回应，带着订单信息联系钱包的官方客服。',

  'tips.title': '联系客服时',
  'tips.precise': '准确描述问题：发生的时间、金额、所用的设备和商家。',
  'tips.record': '记下客服的姓名、工号以及对方给出的解决方案。',
  'tips.followUp': '问题没解决时，定期跟进、询问进度。',
  'tips.calm': '保持冷静和礼貌，这样问题往往解决得更快。',

  ...casesZhCN,
};
