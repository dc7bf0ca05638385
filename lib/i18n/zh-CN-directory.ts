import type { directoryEn } from './en-directory';

/** 目录、号码核对、防骗提醒和网页防护的简体中文文字。 */
export const directoryZhCN: Record<keyof typeof directoryEn, string> = {
  'directory.title': '查找钱包的官方联系方式',
  'directory.search': '钱包名称',
  'directory.search.placeholder': '例如 支付宝、微信支付、PayPal',
  'directory.none': '钱包助手的名单里没有这个名称。请检查拼写，或换用其他语言的名称试试。',
  'directory.back': '全部钱包',
  'directory.open': '{provider} 的官方联系方式',
  'directory.appOnly':
    '这个钱包在 App 内使用，钱包助手无法查看它的页面；它的官方联系方式和建议都在这里。',
  'directory.help': '怎么办',
  'directory.otherWallet': '其他钱包',

  'numbers.title': '这个号码是真的吗？',
  'numbers.label': '要核对的电话号码',
  'numbers.check': '核对',
  'numbers.hint': '号码只在本设备上与钱包助手自带名单中的官方号码比对，不会发送到任何地方。',
  'numbers.official': '官方号码',
  'numbers.official.callback': '这是钱包方外呼使用的号码。请不要回拨，请走官方渠道。',
  'numbers.official.areaCode': '真正的来电会在 96110 前显示区号。',
  'numbers.fake': '已知的假号码：不要拨打',
  'numbers.fake.seen': '曾被冒充为 {provider} 客服，出现在{seen}上。',
  'numbers.fake.seenAny': '曾被冒充为付款求助热线，出现在{seen}上。',
  'numbers.unknown': '无法确认的号码',
  'numbers.unknown.advice':
    '钱包助手不知道这是官方号码。请不要拨打，也不要回拨短信、搜索结果或来电中的号码：请改走官方渠道。',
  'numbers.route': '请改走官方渠道：在下方名单中找到这个钱包。',
  'numbers.read': '识别为 {number}',
  'numbers.regions': '适用于：{regions}',
  'numbers.invalid': '这不是电话号码',
  'numbers.invalid.empty': '请输入或粘贴一个电话号码。',
  'numbers.invalid.letters': '里面有文字。请只核对号码本身，不要带上前后的文字。',
  'numbers.invalid.mixed-scripts': '里面混用了不同文字系统的数字，这是伪装号码的手法。',
  'numbers.invalid.symbols': '里面有不属于电话号码的符号。',
  'numbers.invalid.too-short': '位数太少，不像电话号码。',
  'numbers.invalid.too-long': '位数太多，不像电话号码。',
  'numbers.fromSelection': '选中的文字：{text}',
  'menu.checkNumber': '用钱包助手核对这个号码',

  'sources.official': '官方页面',
  'sources.official-copy': '官方文件的副本',
  'sources.public-code': '钱包自己公开的程序代码，拨打前请在 App 内核实',
  'sources.secondary': '据 {publisher} 报道，请先在 App 内核实',
  'sources.reportedBy': '据 {publisher} 报道，并非官方页面，使用前请核实',
  'sources.checked': '{date} 核对',

  'scams.title': '防骗提醒：{provider}',
  'scams.general.title': '利用钱包行骗的常见手法',
  'scams.safeAccount': '真正的钱包、银行或警察，都不会让你把钱转到“安全账户”。',
  'scams.screenShare': '不要因为来电或消息的要求而共享屏幕或安装 App。',
  'scams.codes': '不要把验证码、密码或 PIN 码告诉任何人，自称客服的人也不行。',
  'scams.refundByPhone': '通过电话或消息说要给你“退款”，却要你先付款、转账或扫码的，都是诈骗。',
  'scams.fakeNumbers':
    '假客服号码会出现在网页、搜索结果和消息里。请只使用这里或钱包自己 App 里显示的联系方式。',
  'scams.knownNumbers': '曾被冒充为 {provider} 客服的号码（不要拨打）',
  'scams.knownClones': '仿冒 {provider} 的网站',
  'scams.seen': '出现在{seen}上',
  'scams.antiFraud.title': '如果已经被骗（中国大陆）',

  'options.guard': '网页防护',
  'options.guard.what':
    '开启后，钱包助手也会在本设备上查看你打开的其他网站；如果网站仿冒钱包的网址、把非官方号码说成钱包客服电话，或在非钱包网站上要你登录钱包，就会提醒你（绝不拦截任何网页）。',
  'options.guard.why':
    '为此，浏览器会请你允许钱包助手读取所有网站。任何内容都不会离开你的设备，也不会保存网页；提醒只为所在的标签页保留，离开网页即清除。',
  'options.guard.enable': '遇到仿冒网站和假客服网页时提醒我',
  'options.guard.denied': '浏览器没有允许访问所有网站，网页防护保持关闭。',
  'options.guard.revoked': '浏览器中已撤销访问所有网站的权限，网页防护已关闭。可以在这里重新开启。',

  'guard.label': '钱包助手警告',
  'guard.title.lookalike': '这个网站不是 {provider}',
  'guard.title.fake-number': '这不是 {provider} 的号码',
  'guard.title.lure': '不要在这里登录',
  'guard.seen.lookalike': '它的网址 {host} 仿冒了 {provider} 的网址。',
  'guard.seen.lookalikeNoHost': '它的网址仿冒了 {provider} 的网址。',
  'guard.seen.clone': '这是已知的 {provider} 网页仿冒副本。',
  'guard.seen.fake-number':
    '这个网页把一个电话号码说成 {provider} 客服，但它不是 {provider} 的官方号码。不要拨打。',
  'guard.seen.lure':
    '这个网页要你登录 {provider}，或说你的 {provider} 账户受限，但它不是 {provider} 的网站。不要输入任何信息。',
  'guard.route': '官方渠道',
  'guard.openHelp': '打开钱包助手',
  'guard.dismiss': '关闭',
  'guard.popup': '本网页的警告',
  'badge.guard': '钱包助手：本网页有警告',
};
