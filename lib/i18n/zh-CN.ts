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
  'prompt.label': '钱包助手',
  'prompt.message.payment_failed': '这笔付款好像没有成功——钱包助手可以帮你。',
  'prompt.message.account_locked': '你的账户好像被锁定或受限了——钱包助手可以帮你。',
  'prompt.message.limit_exceeded': '这笔付款好像超出了额度——钱包助手可以帮你。',
  'prompt.message.funds_missing': '你的钱好像还没到账——钱包助手可以帮你。',
  'prompt.message.unauthorized_activity': '账户里可能有不是你本人的操作——钱包助手可以帮你。',
  'prompt.message.refund_issue': '退款好像卡住了——钱包助手可以帮你。',
  'prompt.openHelp': '打开帮助',
  'prompt.saveEvidence': '立即保存证据',
  'prompt.saving': '正在保存…',
  'prompt.saved': '证据已保存在本机。',
  'prompt.saveFailed': '没有保存成功。请打开帮助，在那里再试一次。',
  'prompt.dismiss': '关闭',
  'prompt.snoozeDay': '一天内不在此网站提示',
  'prompt.snoozeAlways': '不再在此网站提示',
  'prompt.snoozed': '钱包助手不会再在这个网站上提示。工具栏按钮仍可使用。',

  'panel.title': '钱包助手帮助',
  'panel.startCase': '开始一项投诉',
  'panel.startCase.hint': '把事实、证据和每一次通话记录集中保存在一起。',
  'panel.options': '设置与隐私',
  'panel.openSidePanel': '在页面旁边保持帮助打开',
  'panel.menu': '其他问题和建议',
  'panel.menu.problems': '出了问题但没有被识别出来',
  'panel.menu.advice': '建议',
  'panel.menu.back': '回到当前页面',
  'panel.manual': '你选择了这个主题',
  'panel.callLog': '通话记录',

  'checklist.progress': '已完成 {done}/{total}',
  'checklist.remembered': '勾选会在这个标签页关闭前一直保留。',

  'topic.security': '账户安全检查',
  'topic.security.lead': '几个让钱包账户更安全的习惯。',
  'topic.password': '密码安全',
  'topic.password.lead': '密码是保护你资金的第一把锁。',
  'topic.refund': '申请退款',
  'topic.refund.lead': '退款通常的流程，一步一步来。',
  'topic.findContact': '找到官方联系方式',
  'topic.findContact.lead': '去哪里能找到真正的客服。',
  'topic.complainWell': '怎样有效投诉',
  'topic.complainWell.lead': '这些做法能帮客服更快解决你的问题。',
  'topic.afterComplaint': '投诉之后',
  'topic.afterComplaint.lead': '提出投诉后，如何继续维护自己的权益。',

  'check.security.twoStep': '开启两步验证，登录或付款时需要再输入短信或邮件里的验证码。',
  'check.security.encryption': '只使用钱包的官方 App 或官网：它们会对你的信息和交易进行加密传输。',
  'check.security.changePassword': '隔一段时间就更换一次密码。',
  'check.security.strongPassword': '使用足够长、难以猜到、且不用于其他地方的密码。',
  'check.security.publicNetwork':
    '不要在公共或共享 Wi-Fi 上进行重要的付款，等回到可信的网络再操作。',
  'check.security.limits': '设置交易限额并打开提醒，每笔付款都会立即通知你。',

  'check.password.complex': '设置复杂的密码：足够长，混合字母、数字和符号，不要用生日或手机号。',
  'check.password.notShared':
    '不要告诉任何人，也不要把它存放在别人能看到的地方，比如手机备忘录或聊天消息里。',
  'check.password.notReused': '每个账户用各自的密码：别处泄露的密码不应该能打开你的钱包。',
  'check.password.oneTimeCodes':
    '在不常用的设备上登录时，使用短信一次性验证码；如有疑虑，事后修改密码。',

  'guide.findContact.website': '在钱包官网上找“联系我们”或“客户服务”页面。',
  'guide.findContact.app': '在钱包的 App 里打开帮助中心或客服入口，那里通常也列有客服电话。',
  'guide.findContact.social': '钱包经过认证的官方社交媒体账号，也可以通过私信帮你联系到客服。',
  'guide.findContact.guide': '注册时收到的使用指南或欢迎邮件里，常常写有客服联系方式。',
  'guide.findContact.choose':
    '日常的小问题，App 内的在线客服通常最快；复杂的问题，打电话更便于详细说明。',

  'guide.after.result': '追问投诉的处理结果，以及对方是否真的采取了措施。',
  'guide.after.terms': '了解钱包的用户协议和服务条款：那里写明了你享有哪些权利。',
  'guide.after.evidence': '保留所有证明材料：邮件、聊天记录、交易记录和截图。',
  'guide.after.legal': '如果你的权益受到损害而钱包不予纠正，可以通过监管机构或法院等法律途径维权。',

  'contacts.order': '常见问题先从这里开始',
  'contacts.order.phone': '复杂问题请打电话',
  'contacts.copy': '复制',
  'contacts.copyNumber': '复制 {number}',
  'contacts.copied': '已复制',
  'contacts.call': '拨打 {number}',
  'contacts.hours': '服务时间',

  'options.title': '钱包助手设置',
  'options.language': '语言',
  'options.language.auto': '跟随浏览器',
  'options.language.en': 'English（英语）',
  'options.language.zh-CN': '简体中文',
  'options.snoozed': '已关闭页面内提示的网站',
  'options.snoozed.none': '没有。所有受支持的钱包网站都会显示提示。',
  'options.snoozed.always': '一直关闭',
  'options.snoozed.until': '直到 {time}',
  'options.snoozed.remove': '在 {host} 上重新显示提示',
  'options.providers': '要关注的钱包',
  'options.providers.hint':
    '关闭某个钱包后，钱包助手不会在它的页面上显示提示；弹出窗口里的帮助和联系方式仍然可用。',
  'options.evidence': '证据',
  'options.evidence.keepMoment': '发现问题时自动记录当时的情况（只保存在本机）',
  'options.saved': '已保存。',
  'options.saveFailed': '未保存：{error}',
  'options.privacy.title': '你的数据与隐私',
  'options.privacy.local':
    '所有内容都留在本机。钱包助手不会向任何地方发送数据：没有账号、没有统计分析，自身也不发出任何网络请求。',
  'options.privacy.reads': '它只读取受支持钱包的页面，而且只是为了发现付款失败或账户被锁等问题。',
  'options.privacy.evidence':
    '你保存的证据存放在本浏览器中扩展自己的存储里，直到你删除它或卸载扩展。请先导出你需要的内容。',
  'options.privacy.contacts':
    '联系方式和建议都来自扩展自带的、经过核实的资料，绝不取自你访问的网页。',
};
