import type { directoryEn } from './en-directory';

/** 目錄、號碼核對、防詐提醒和網頁防護的繁體中文文字（依台灣用語）。 */
export const directoryZhHant: Record<keyof typeof directoryEn, string> = {
  'directory.title': '查詢錢包的官方聯絡方式',
  'directory.search': '錢包名稱',
  'directory.search.placeholder': '例如 支付寶、PayPal、八達通',
  'directory.none': '錢包助手的名單裡沒有這個名稱。請檢查拼寫，或改用其他語言的名稱試試。',
  'directory.back': '所有錢包',
  'directory.open': '{provider} 的官方聯絡方式',
  'directory.appOnly':
    '這個錢包在 App 內使用，錢包助手無法查看它的頁面；它的官方聯絡方式和建議都在這裡。',
  'directory.help': '該怎麼做',
  'directory.otherWallet': '其他錢包',

  'numbers.title': '這個號碼是真的嗎？',
  'numbers.label': '要核對的電話號碼',
  'numbers.check': '核對',
  'numbers.hint': '號碼只在這部裝置上與錢包助手自備名單中的官方號碼比對，不會傳送到任何地方。',
  'numbers.official': '官方號碼',
  'numbers.official.callback': '這是錢包業者撥出時使用的號碼。請不要回撥，請走官方管道。',
  'numbers.official.areaCode': '真正的來電會在 96110 前顯示區號。',
  'numbers.fake': '已知的假號碼：不要撥打',
  'numbers.fake.seen': '曾被冒充為 {provider} 客服，出現在{seen}上。',
  'numbers.fake.seenAny': '曾被冒充為付款求助專線，出現在{seen}上。',
  'numbers.unknown': '無法確認的號碼',
  'numbers.unknown.advice':
    '錢包助手不知道這是官方號碼。請不要撥打，也不要回撥簡訊、搜尋結果或來電中的號碼：請改走官方管道。',
  'numbers.route': '請改走官方管道：在下方名單中找到這個錢包。',
  'numbers.read': '辨識為 {number}',
  'numbers.regions': '適用地區：{regions}',
  'numbers.invalid': '這不是電話號碼',
  'numbers.invalid.empty': '請輸入或貼上一個電話號碼。',
  'numbers.invalid.letters': '裡面有文字。請只核對號碼本身，不要帶上前後的文字。',
  'numbers.invalid.mixed-scripts': '裡面混用了不同文字系統的數字，這是偽裝號碼的手法。',
  'numbers.invalid.symbols': '裡面有不屬於電話號碼的符號。',
  'numbers.invalid.too-short': '位數太少，不像電話號碼。',
  'numbers.invalid.too-long': '位數太多，不像電話號碼。',
  'numbers.fromSelection': '選取的文字：{text}',
  'menu.checkNumber': '用錢包助手核對這個號碼',

  'sources.official': '官方頁面',
  'sources.official-copy': '官方文件的副本',
  'sources.public-code': '錢包自己公開的程式碼，撥打前請在 App 內確認',
  'sources.secondary': '根據 {publisher} 的報導，請先在 App 內確認',
  'sources.reportedBy': '根據 {publisher} 的報導，並非官方頁面，使用前請確認',
  'sources.checked': '{date} 核對',

  'scams.title': '防詐提醒：{provider}',
  'scams.general.title': '利用錢包行騙的常見手法',
  'scams.safeAccount': '真正的錢包業者、銀行或警察，都不會要你把錢轉到「安全帳戶」。',
  'scams.screenShare': '不要因為來電或訊息的要求而分享螢幕或安裝 App。',
  'scams.codes': '不要把驗證碼、密碼或 PIN 碼告訴任何人，自稱客服的人也一樣。',
  'scams.refundByPhone': '透過電話或訊息說要「退款」給你，卻要你先付款、轉帳或掃碼的，都是詐騙。',
  'scams.fakeNumbers':
    '假客服號碼會出現在網頁、搜尋結果和訊息裡。請只使用這裡或錢包自己 App 裡顯示的聯絡方式。',
  'scams.knownNumbers': '曾被冒充為 {provider} 客服的號碼（不要撥打）',
  'scams.knownClones': '仿冒 {provider} 的網站',
  'scams.seen': '出現在{seen}上',
  'scams.antiFraud.title': '如果已經被騙（中國大陸）',

  'options.guard': '網頁防護',
  'options.guard.what':
    '開啟後，錢包助手也會在這部裝置上查看你開啟的其他網站；如果網站仿冒錢包的網址、把非官方號碼說成錢包客服電話，或在非錢包網站上要你登入錢包，就會提醒你（絕不封鎖任何網頁）。',
  'options.guard.why':
    '為此，瀏覽器會請你允許錢包助手讀取所有網站。任何內容都不會離開你的裝置，也不會儲存網頁；提醒只為所在的分頁保留，離開網頁即清除。',
  'options.guard.enable': '遇到仿冒網站和假客服網頁時提醒我',
  'options.guard.denied': '瀏覽器沒有允許存取所有網站，網頁防護維持關閉。',
  'options.guard.revoked': '瀏覽器中已撤銷存取所有網站的權限，網頁防護已關閉。可以在這裡重新開啟。',

  'guard.label': '錢包助手警告',
  'guard.title.lookalike': '這個網站不是 {provider}',
  'guard.title.fake-number': '這不是 {provider} 的號碼',
  'guard.title.lure': '不要在這裡登入',
  'guard.seen.lookalike': '它的網址 {host} 仿冒了 {provider} 的網址。',
  'guard.seen.lookalikeNoHost': '它的網址仿冒了 {provider} 的網址。',
  'guard.seen.clone': '這是已知的 {provider} 網頁仿冒副本。',
  'guard.seen.fake-number':
    '這個網頁把一個電話號碼說成 {provider} 客服，但它不是 {provider} 的官方號碼。不要撥打。',
  'guard.seen.lure':
    '這個網頁要你登入 {provider}，或說你的 {provider} 帳戶受限，但它不是 {provider} 的網站。不要輸入任何資料。',
  'guard.route': '官方管道',
  'guard.openHelp': '開啟錢包助手',
  'guard.dismiss': '關閉',
  'guard.popup': '本網頁的警告',
  'badge.guard': '錢包助手：本網頁有警告',
};
