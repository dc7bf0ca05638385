/**
 * The glossary every Chinese text follows: catalogues, provider and escalation data, and the
 * generated complaint texts. One term per concept and locale, the terms that must not appear
 * instead, and where Hong Kong usage differs from the Taiwan usage the Traditional Chinese UI
 * follows. `tests/unit/i18n-glossary.test.ts` holds every text to it.
 *
 * Choices, in short:
 * - 冻结 / 凍結 is the word Alipay and WeChat Pay use for a locked account (账户被冻结或受限).
 * - The reference number has one name: 工单号 (mainland customer service) / 受理編號.
 * - The SHA-256 is a 哈希值 (and the chain a 哈希链) / 雜湊值 (雜湊鏈, Taiwan's term).
 * - A complaint is 投诉 / 申訴 (Taiwan's consumer term), and its status never says 立案 or 结案,
 *   which sound as if an authority had taken it up: 处理中 … 已结束.
 * - Chinese labels end with the full-width colon (：), never an ASCII one.
 */

/** A locale whose texts the glossary governs. */
export type ChineseLocale = 'zh-CN' | 'zh-Hant';

/** One concept: its term in each locale and what must not stand for it. */
export interface GlossaryEntry {
  /** The concept, in English. */
  concept: string;
  /** The term to use. */
  use: Record<ChineseLocale, string>;
  /** Terms that must not appear in texts of that locale. */
  forbidden: Partial<Record<ChineseLocale, readonly string[]>>;
  /**
   * `ui`: forbidden in the UI catalogues and generated texts only; provider and escalation data
   * may quote an official name that uses it (e.g. 12363 投訴電話, HKMA's 投訴 page).
   */
  scope?: 'ui';
  /** Hong Kong usage where it differs from the Taiwan term in `use['zh-Hant']`. */
  hongKong?: string;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    concept: 'account (wallet or bank)',
    use: { 'zh-CN': '账户', 'zh-Hant': '帳戶' },
    forbidden: { 'zh-CN': ['帐户', '账号', '帐号'], 'zh-Hant': ['賬戶', '帳號', '账户'] },
    hongKong: '賬戶',
  },
  {
    concept: 'account locked / frozen',
    use: { 'zh-CN': '账户被冻结或受限', 'zh-Hant': '帳戶被凍結或受限' },
    forbidden: { 'zh-CN': ['被锁'], 'zh-Hant': ['被鎖'] },
  },
  {
    concept: 'reference / ticket number',
    use: { 'zh-CN': '工单号', 'zh-Hant': '受理編號' },
    forbidden: {
      'zh-CN': ['投诉编号', '受理编号', '参考编号'],
      'zh-Hant': ['工單號', '申訴編號', '投訴編號', '參考編號'],
    },
    hongKong: '參考編號',
  },
  {
    concept: 'hash (SHA-256 value)',
    use: { 'zh-CN': '哈希值', 'zh-Hant': '雜湊值' },
    forbidden: { 'zh-CN': ['校验值', '散列值'], 'zh-Hant': ['哈希', '校驗值', '散列'] },
    hongKong: '哈希值',
  },
  {
    concept: 'case status (open … closed)',
    use: { 'zh-CN': '处理中 / 已结束', 'zh-Hant': '處理中 / 已結束' },
    forbidden: { 'zh-CN': ['立案', '结案'], 'zh-Hant': ['立案', '結案'] },
  },
  {
    concept: 'complaint',
    use: { 'zh-CN': '投诉', 'zh-Hant': '申訴' },
    forbidden: { 'zh-Hant': ['投訴'] },
    scope: 'ui',
    hongKong: '投訴',
  },
  {
    concept: 'text message (SMS)',
    use: { 'zh-CN': '短信', 'zh-Hant': '簡訊' },
    forbidden: { 'zh-Hant': ['短信', '短訊'] },
    hongKong: '短訊',
  },
  {
    concept: 'identity document',
    use: { 'zh-CN': '身份证件', 'zh-Hant': '身分證明文件' },
    forbidden: { 'zh-CN': ['身分'], 'zh-Hant': ['身份'] },
    hongKong: '身份證明文件',
  },
  {
    concept: 'network',
    use: { 'zh-CN': '网络', 'zh-Hant': '網路' },
    forbidden: { 'zh-Hant': ['網絡'] },
    hongKong: '網絡',
  },
  {
    concept: 'information, data',
    use: { 'zh-CN': '信息 / 数据', 'zh-Hant': '資訊 / 資料' },
    forbidden: { 'zh-Hant': ['信息', '數據'] },
  },
  {
    concept: 'settings, default',
    use: { 'zh-CN': '设置 / 默认', 'zh-Hant': '設定 / 預設' },
    forbidden: { 'zh-Hant': ['設置', '默認'] },
  },
  {
    concept: 'browser extension',
    use: { 'zh-CN': '扩展', 'zh-Hant': '擴充功能' },
    forbidden: { 'zh-Hant': ['擴展', '擴充套件'] },
  },
  {
    concept: 'browser tab',
    use: { 'zh-CN': '标签页', 'zh-Hant': '分頁' },
    forbidden: { 'zh-Hant': ['標籤頁'] },
  },
  {
    concept: 'export / import',
    use: { 'zh-CN': '导出 / 导入', 'zh-Hant': '匯出 / 匯入' },
    forbidden: { 'zh-Hant': ['導出', '導入'] },
  },
  {
    concept: 'channel (where to complain)',
    use: { 'zh-CN': '渠道', 'zh-Hant': '管道' },
    forbidden: { 'zh-Hant': ['渠道'] },
  },
  {
    concept: 'online',
    use: { 'zh-CN': '在线', 'zh-Hant': '線上' },
    forbidden: { 'zh-Hant': ['在線'] },
  },
  {
    concept: 'supported (wallets)',
    use: { 'zh-CN': '支持', 'zh-Hant': '支援' },
    forbidden: { 'zh-Hant': ['支持'] },
  },
  {
    concept: 'device',
    use: { 'zh-CN': '设备', 'zh-Hant': '裝置' },
    forbidden: { 'zh-Hant': ['設備'] },
  },
  {
    concept: 'toolbar, window',
    use: { 'zh-CN': '工具栏 / 窗口', 'zh-Hant': '工具列 / 視窗' },
    forbidden: { 'zh-Hant': ['工具欄', '窗口'] },
  },
  {
    concept: 'sign in',
    use: { 'zh-CN': '登录', 'zh-Hant': '登入' },
    forbidden: { 'zh-Hant': ['登錄'] },
  },
  {
    concept: 'user',
    use: { 'zh-CN': '用户', 'zh-Hant': '使用者' },
    forbidden: { 'zh-Hant': ['用戶'] },
    scope: 'ui',
    hongKong: '用戶',
  },
  {
    concept: 'transfer; money arriving',
    use: { 'zh-CN': '转账 / 到账', 'zh-Hant': '轉帳 / 入帳' },
    forbidden: { 'zh-Hant': ['轉賬', '到賬'] },
    hongKong: '轉賬',
  },
  {
    concept: 'regulator',
    use: { 'zh-CN': '监管机构', 'zh-Hant': '主管機關' },
    forbidden: { 'zh-Hant': ['監管機構'] },
    scope: 'ui',
    hongKong: '監管機構',
  },
  {
    concept: 'business day',
    use: { 'zh-CN': '工作日', 'zh-Hant': '工作天' },
    forbidden: { 'zh-Hant': ['工作日'] },
  },
  {
    concept: 'provider (the wallet company)',
    use: { 'zh-CN': '服务商', 'zh-Hant': '業者' },
    forbidden: { 'zh-Hant': ['服務商'] },
  },
  {
    concept: 'link, loading, e-mail address',
    use: { 'zh-CN': '链接 / 加载 / 邮箱', 'zh-Hant': '連結 / 載入 / 電子郵件' },
    forbidden: { 'zh-Hant': ['鏈接', '加載', '郵箱'] },
  },
];

/**
 * Characters that exist only in Simplified Chinese among those our Chinese texts use (made with
 * OpenCC from the texts, then checked by hand): none may appear in a Traditional Chinese text.
 * They catch a line copied from the Simplified catalogue and not rewritten.
 */
export const SIMPLIFIED_ONLY =
  '与专业东丢两个临为么习书争于云亚产仅从们价会传余储兰关内册写决况冻准几击则删别办务动区协单卢历压发变号后吗听启员咨国图圣' +
  '场坏处备复够宝实审宾对导将尔尝尽届岛币带帮并广库应开异弃张弹强当录径态总惯户执扩护报拨择损换据数断无时显暂机杂权条来构标' +
  '栏样检欢欧毕沟没济浏涂湾满点热爱状独环现电监盖盗盘码确礼种秘称稳笔签类纠约级纲纷线细终经绑结给络绝统继续维综缩网联腾节虑' +
  '装见规视览触计订认让议讯记许设访证评识诈诉试话诞询该详语误说请诺读调谨贝负责败账货购贴费资转软载较输边达过还这进远适选逊' +
  '邮采释针钟钮钱银链锁错长门闪闭问间阅际陆险随隐难静页项须预题额风马验骗骤';

/** Characters that exist only in Traditional Chinese: none may appear in a Simplified text. */
export const TRADITIONAL_ONLY =
  '並亞併來個們偵備傳僅價儲內兩冊凍別刪則動務匯區協員問啟單嗎國圍圖執報場塗壓壞夠審寫寶將專尋對屆層島帳帶幣幫幾庫廣張強彈後' +
  '徑從復愛態慣慮應戶捨採換損撥擇據擴擷敗數斷於時暫曆書會東條棄業構標樣機檔檢權歐歡歷決沒況洩測湊準滿濟瀏灣為無熱營爭爾狀獨' +
  '現環產畢畫異當發盜盡監盧確碼禮種稱穩筆節範簡簽籤糾紀約級紛細終結絕絡給統綁經綜維網線編縮總繼續習聖聯聽與蘭處號裝裡製複見' +
  '規視覽訂計訊記訟訪設許訴註詐評詢試話該詳認誕語誤說調談請諮諾證識議護讀變讓負貨責費貼資賓購蹤軟軸較載輸轉辦這連週進過達遜' +
  '遠適選還邊郵針鈕銀錄錢錯鎖鏈鐘長門閃閉開間關陸際隨險隱雜離難雲電靜頁項須預題額願類顯風餘馬騙騰驗驟麼點';
