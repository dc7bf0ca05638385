import { casesZhHant } from './zh-Hant-cases';
import { evidenceZhHant } from './zh-Hant-evidence';
import type { MessageKey } from './en';

/**
 * 繁體中文介面文字，依台灣用語書寫（香港用語的差別記在 `glossary.ts`）。每個鍵都必須有譯文
 * （型別與一致性測試雙重檢查），用詞依照 `glossary.ts`。
 */
export const zhHant: Record<MessageKey, string> = {
  'app.name': '錢包助手',
  'app.tagline': '付款失敗、帳戶被凍結時的好幫手',

  'state.payment_failed': '付款失敗',
  'state.account_locked': '帳戶被凍結或受限',
  'state.limit_exceeded': '已達額度上限',
  'state.funds_missing': '款項尚未入帳',
  'state.unauthorized_activity': '發現非本人操作',
  'state.refund_issue': '退款遇到問題',
  'state.none': '沒有發現異常',

  'state.payment_failed.lead': '這筆付款似乎沒有成功。重新付款之前，請先照下面的步驟逐一檢查。',
  'state.account_locked.lead': '你的帳戶似乎被凍結或受限了。這種情況大多可以解決，下面一步一步來。',
  'state.limit_exceeded.lead': '這筆付款似乎因為額度限制而沒有完成。',
  'state.funds_missing.lead': '你轉出或等著收的錢，似乎還沒有入帳。',
  'state.unauthorized_activity.lead': '你的帳戶可能有不是你本人進行的操作，請馬上處理。',
  'state.refund_issue.lead': '退款似乎卡住了，或被拒絕了。',
  'state.none.lead': '錢包助手正在留意這個頁面。一旦出現問題，會告訴你該怎麼做。',

  'popup.provider': '錢包',
  'popup.unsupported': '目前的頁面不是支援的錢包網站。',
  'popup.unsupported.hint':
    '開啟你的錢包網站（例如 PayPal、支付寶或 Wise），錢包助手就會在那裡協助你。',
  'popup.supported': '支援的錢包',
  'popup.detectedAt': '發現於 {time}',
  'popup.loading': '載入中…',
  'popup.checklist': '現在該做什麼',
  'popup.checklist.none': '如果付款失敗或帳戶被凍結，處理步驟會顯示在這裡。',

  'contacts.title': '官方聯絡方式',
  'contacts.openContactPage': '開啟官方聯絡頁面',
  'contacts.helpCentre': '說明中心',
  'contacts.complaints': '申訴',
  'contacts.phones': '電話',
  'contacts.callbackOnly': '官方回電只會來自',
  'contacts.inApp': 'App 內',
  'contacts.email': '電子郵件',
  'contacts.source': '來源',
  'contacts.confidence.high': '已在官方頁面確認',
  'contacts.confidence.medium-high': '來自官方文件的副本',
  'contacts.confidence.medium': '撥打前請再確認',
  'contacts.warning':
    '只使用這裡列出的，或錢包官方 App 裡顯示的聯絡方式。其他網站、廣告或簡訊裡的號碼，很多是詐騙電話。',
  'contacts.neverAsk': '小心冒充{provider}的詐騙',

  'capture.button': '儲存證據（截圖）',
  'capture.busy': '儲存中…',
  'capture.saved': '已儲存。SHA-256 雜湊值 {hash}…',
  'capture.failed': '沒有儲存：{error}',
  'capture.recent': '最近的證據',
  'capture.none': '還沒有儲存任何證據。證據只會存在這部裝置上。',

  'error.invalidMessage': '錢包助手收到了無法辨識的要求。',
  'error.forbidden': '這裡不允許執行這項要求。',
  'error.internal': '錢包助手內部發生錯誤，沒有做任何變更。',
  'error.tabGone': '那個分頁已經關閉，所以沒有擷取任何內容。',
  'error.tabNotVisible': '只能擷取你正在看的分頁。請切換到那個分頁後再試一次。',
  'error.pageNotCapturable': '這個頁面無法擷取。',
  'error.captureDenied':
    '瀏覽器不允許截圖。請在那個頁面上按一下工具列中的錢包助手按鈕，然後再試一次。',
  'error.storage': '證據沒有儲存成功，什麼都沒有寫入，請再試一次。',

  'badge.title': '錢包助手：{state}',

  'check.payment_failed.network':
    '先檢查網路連線：網路不穩或斷線，是付款無法完成最常見的原因之一。',
  'check.payment_failed.balance':
    '再檢查餘額，或你選用的銀行卡、信用卡，確認可用額度足夠支付這筆金額。',
  'check.payment_failed.merchant':
    '如果兩者都正常，問題可能出在商家那邊：商家的金流串接也會出狀況。在確認第一次有沒有扣款之前，不要再付一次。',
  'check.payment_failed.record': '記下付款時間、金額和商家名稱，並用下面的按鈕儲存一張截圖。',
  'check.payment_failed.contact': '帶著這些資料聯絡錢包的官方客服，並記下對方的答覆。',
  'check.payment_failed.patience':
    '大多數付款失敗都能很快處理好。請保持耐心，問題解決之前，把你的紀錄都留好。',

  'check.account_locked.calm':
    '先別慌。錢包發現異常時會自動凍結或限制帳戶，這是在保護你的資金，大多可以解除。',
  'check.account_locked.instructions':
    '只照錢包官方 App 或官網裡的提示操作；其他地方傳來的「解凍」連結或說明，一律不要理會。',
  'check.account_locked.contact':
    '透過下方的官方管道聯絡客服，不要撥打廣告、搜尋結果或簡訊裡的號碼。',
  'check.account_locked.identity':
    '準備好能證明帳戶是你本人的資料：身分證明文件、帳戶綁定的手機號碼和電子郵件，以及你說得清楚的近期交易。',
  'check.account_locked.record':
    '問清楚需要哪些文件、審核要多久；記下客服人員的姓名、員工編號和受理編號。',
  'check.account_locked.provider':
    '每家錢包解除凍結的方式不同，照該錢包官方提供的步驟辦理，恢復得最快。',

  'check.limit_exceeded.which':
    '先弄清楚碰到的是哪一種額度：單筆、每日、每月，還是未完成驗證的帳戶額度。',
  'check.limit_exceeded.wait': '等額度重新計算；只有在錢包規定允許時，才把付款拆成幾筆。',
  'check.limit_exceeded.verify': '在錢包官方 App 裡完成身分驗證，通常可以提高額度。',
  'check.limit_exceeded.contact':
    '如果額度看起來不對，帶著時間、金額和頁面上的提示訊息聯絡官方客服。',

  'check.funds_missing.status': '在錢包裡打開這筆交易，記下它的狀態和交易編號。',
  'check.funds_missing.details': '核對收款人資料，以及錢包提供的預計入帳時間。',
  'check.funds_missing.record': '記下時間、金額、收款人和交易編號，並儲存截圖。',
  'check.funds_missing.contact':
    '如果已經超過時間，帶著這些資料聯絡官方客服，問清楚什麼時候入帳或退回。',

  'check.unauthorized_activity.secure': '立刻變更密碼，並開啟兩步驟驗證。',
  'check.unauthorized_activity.report':
    '馬上透過官方管道向錢包通報：越早通報，越能保住你要求退款的權利。',
  'check.unauthorized_activity.card': '如果綁定的銀行卡或信用卡被盜用，也要通知發卡銀行。',
  'check.unauthorized_activity.record':
    '保存證據：相關交易的時間和金額，以及你收到的簡訊或電子郵件。',
  'check.unauthorized_activity.codes':
    '不要把一次性驗證碼或密碼告訴任何打電話或傳訊息給你的人，即使對方自稱是客服。',

  'check.refund_issue.request': '在錢包或商家的 App 裡，針對原本那筆付款申請退款。',
  'check.refund_issue.review': '商家會先審核申請；記下你申請的時間和商家的回覆。',
  'check.refund_issue.policy': '仔細看過錢包和商家的退款政策：期限和規定各不相同。',
  'check.refund_issue.contact': '如果商家沒有回應，帶著訂單資料聯絡錢包的官方客服。',

  'tips.title': '聯絡客服時',
  'tips.precise': '把問題說清楚：發生的時間、金額、使用的裝置和商家。',
  'tips.record': '記下客服人員的姓名、員工編號，以及對方提出的解決方式。',
  'tips.followUp': '問題還沒解決時，定期追蹤、詢問進度。',
  'tips.calm': '保持冷靜和禮貌，問題往往解決得更快。',

  ...casesZhHant,
  ...evidenceZhHant,
  'prompt.label': '錢包助手',
  'prompt.message.payment_failed': '這筆付款好像沒有成功——錢包助手可以幫你。',
  'prompt.message.account_locked': '你的帳戶好像被凍結或受限了——錢包助手可以幫你。',
  'prompt.message.limit_exceeded': '這筆付款好像超過了額度——錢包助手可以幫你。',
  'prompt.message.funds_missing': '你的錢好像還沒入帳——錢包助手可以幫你。',
  'prompt.message.unauthorized_activity': '帳戶裡可能有不是你本人的操作——錢包助手可以幫你。',
  'prompt.message.refund_issue': '退款好像卡住了——錢包助手可以幫你。',
  'prompt.openHelp': '開啟說明',
  'prompt.saveEvidence': '立即儲存證據',
  'prompt.saving': '儲存中…',
  'prompt.saved': '證據已存在這部裝置上。',
  'prompt.saveFailed': '沒有儲存成功。請開啟說明，在那裡再試一次。',
  'prompt.dismiss': '關閉',
  'prompt.snoozeDay': '一天內不在這個網站提示',
  'prompt.snoozeAlways': '不再在這個網站提示',
  'prompt.snoozed': '錢包助手不會再在這個網站上提示。工具列按鈕仍然可以使用。',

  'panel.title': '錢包助手說明',
  'panel.startCase': '開始申訴',
  'panel.startCase.hint': '把基本情況、證據和每一通電話集中記在同一個地方。',
  'panel.options': '設定與隱私',
  'panel.openSidePanel': '在頁面旁邊固定顯示說明',
  'panel.menu': '其他問題和建議',
  'panel.menu.problems': '出了問題，但沒有被偵測到',
  'panel.menu.advice': '建議',
  'panel.menu.back': '回到目前的頁面',
  'panel.manual': '你選擇了這個主題',
  'panel.callLog': '通話紀錄',

  'checklist.progress': '已完成 {done}/{total}',
  'checklist.remembered': '在這個分頁關閉之前，勾選的項目都會保留。',

  'topic.security': '帳戶安全檢查',
  'topic.security.lead': '幾個讓錢包帳戶更安全的習慣。',
  'topic.password': '密碼安全',
  'topic.password.lead': '密碼是保護你資金的第一道鎖。',
  'topic.refund': '申請退款',
  'topic.refund.lead': '退款通常怎麼進行，一步一步來。',
  'topic.findContact': '找到官方聯絡方式',
  'topic.findContact.lead': '到哪裡才找得到真正的客服。',
  'topic.complainWell': '怎樣有效申訴',
  'topic.complainWell.lead': '這些做法能幫客服更快解決你的問題。',
  'topic.afterComplaint': '申訴之後',
  'topic.afterComplaint.lead': '提出申訴後，如何繼續維護自己的權益。',

  'check.security.twoStep': '開啟兩步驟驗證，登入或付款時需要再輸入簡訊或電子郵件裡的驗證碼。',
  'check.security.encryption': '只使用錢包的官方 App 或官網：它們會把你的資料和交易加密後再傳送。',
  'check.security.changePassword': '每隔一段時間就變更一次密碼。',
  'check.security.strongPassword': '使用夠長、難以猜到，而且沒有用在其他地方的密碼。',
  'check.security.publicNetwork':
    '不要在公共或共用的 Wi-Fi 上進行重要的付款，等回到信任的網路再操作。',
  'check.security.limits': '設定交易限額並開啟通知，每筆付款都會立刻通知你。',

  'check.password.complex': '設定複雜的密碼：夠長，混合字母、數字和符號，不要用生日或手機號碼。',
  'check.password.notShared':
    '不要告訴任何人，也不要放在別人看得到的地方，例如手機備忘錄或聊天訊息裡。',
  'check.password.notReused': '每個帳戶用各自的密碼：其他地方外洩的密碼，不應該打得開你的錢包。',
  'check.password.oneTimeCodes':
    '在不常用的裝置上登入時，使用簡訊一次性驗證碼；如有疑慮，事後變更密碼。',

  'guide.findContact.website': '在錢包官網上找「聯絡我們」或「客戶服務」頁面。',
  'guide.findContact.app': '在錢包的 App 裡打開說明中心或客服入口，那裡通常也列有客服電話。',
  'guide.findContact.social': '錢包經過認證的官方社群媒體，也可以透過私訊幫你聯絡到客服。',
  'guide.findContact.guide': '註冊時收到的使用說明或歡迎信裡，常常寫有客服聯絡方式。',
  'guide.findContact.choose':
    '日常的小問題，App 內的線上客服通常最快；複雜的問題，打電話比較方便詳細說明。',

  'guide.after.result': '追問申訴的處理結果，以及對方是否真的採取了行動。',
  'guide.after.terms': '了解錢包的使用者條款和服務條款：裡面寫明了你享有哪些權利。',
  'guide.after.evidence': '保留所有證明資料：電子郵件、對話紀錄、交易紀錄和截圖。',
  'guide.after.legal':
    '如果你的權益受損，而錢包不願改正，可以透過主管機關或法院等法律途徑爭取權益。',

  'contacts.order': '一般問題先從這裡開始',
  'contacts.order.phone': '複雜的問題請打電話',
  'contacts.copy': '複製',
  'contacts.copyNumber': '複製 {number}',
  'contacts.copied': '已複製',
  'contacts.call': '撥打 {number}',
  'contacts.hours': '服務時間',

  'options.title': '錢包助手設定',
  'options.language': '語言',
  'options.language.auto': '跟隨瀏覽器',
  'options.language.en': 'English（英文）',
  'options.language.zh-CN': '简体中文（簡體中文）',
  'options.language.zh-Hant': '繁體中文',
  'options.snoozed': '已關閉頁面內提示的網站',
  'options.snoozed.none': '沒有。所有支援的錢包網站都會顯示提示。',
  'options.snoozed.always': '一直關閉',
  'options.snoozed.until': '直到 {time}',
  'options.snoozed.remove': '在 {host} 上重新顯示提示',
  'options.providers': '要留意的錢包',
  'options.providers.hint':
    '關閉某個錢包後，錢包助手不會在它的頁面上顯示提示；彈出式視窗裡的說明和聯絡方式仍然可以使用。',
  'options.evidence': '證據',
  'options.evidence.keepMoment': '發現問題時，自動記下當下的情況（只存在這部裝置上）',
  'options.saved': '已儲存。',
  'options.saveFailed': '沒有儲存：{error}',
  'options.invalid.title': '有些設定無法讀取',
  'options.invalid.intro':
    '在你重新設定之前，錢包助手會對這些設定使用預設值。原本儲存的內容已原封不動另外保留：重新設定會取代它，你也可以把它捨棄。',
  'options.invalid.language':
    '儲存的語言設定無法讀取，現在跟隨瀏覽器的語言。在下方「語言」中選一種，就能重新設定。',
  'options.invalid.cases': '追蹤提醒',
  'options.invalid.all': '全部設定',
  'options.invalid.unknown': '不明的設定「{field}」',
  'options.invalid.discard': '捨棄為「{field}」保留的內容',
  'options.newer':
    '這些設定是由較新版本的錢包助手儲存的（設定版本 {version}，這個版本最多只認得 {known}）。這裡只顯示這個版本讀得懂的部分；為了避免覆寫，變更不會儲存。請先更新錢包助手，再修改設定。',
  'options.welcome': '錢包助手能做什麼、如何開始（歡迎頁）',

  'welcome.title': '歡迎使用錢包助手',
  'welcome.lead':
    '你在網頁錢包上操作時，錢包助手會陪在一旁。付款失敗，或帳戶被凍結、受限時，它會發現問題，冷靜地告訴你先檢查什麼，列出錢包的官方聯絡方式，並保存你看到的情況作為證據。',
  'welcome.updated.title': '這次更新你需要知道的事',
  'welcome.sites.title': '在哪些網站上運作',
  'welcome.sites.text':
    '它只讀取下列錢包官方網站上的頁面，而且只是為了發現問題。在其他網站上它什麼也不做。',
  'welcome.pin.title': '讓按鈕一直顯示在工具列上',
  'welcome.pin.chromium':
    '點一下工具列右側的「擴充功能」按鈕（拼圖圖示），再點錢包助手旁邊的圖釘。',
  'welcome.pin.edge':
    '點一下工具列中的「擴充功能」按鈕（拼圖圖示），再點錢包助手旁邊的眼睛圖示（在工具列中顯示）。',
  'welcome.pin.firefox':
    '點一下工具列中的「擴充功能」按鈕（拼圖圖示），再點錢包助手旁邊的齒輪圖示，選擇「釘選到工具列」。',
  'welcome.pin.badge':
    '錢包頁面出現問題時，這個按鈕上會顯示「!」，頁面上也會出現一張小卡片提供協助。不論何時，點一下這個按鈕都能取得目前頁面的說明。',
  'welcome.privacy.title': '所有內容都留在你的裝置上',
  'welcome.privacy.local':
    '錢包助手不會把資料傳到任何地方，本身也不發出任何網路要求：不用註冊，沒有追蹤，也不做統計。',
  'welcome.privacy.evidence':
    '你儲存的截圖、網頁副本和申訴紀錄都存放在這個瀏覽器設定檔裡、擴充功能自己的儲存空間中，可以在「證據庫」和「申訴紀錄」頁面查看。',
  'welcome.privacy.uninstall': '移除擴充功能會一併刪除這些資料。如果以後可能用到，請先匯出。',
  'welcome.openLocker': '開啟證據庫',
  'welcome.choices.title': '你的選擇',
  'welcome.choices.hint': '這些選項隨時可以在「設定與隱私」中變更。',
  'welcome.moreSettings': '更多設定：要留意哪些錢包、在哪些網站上不顯示提示卡片',
  'welcome.done': '完成',
  'options.privacy.title': '你的資料與隱私',
  'options.privacy.local':
    '所有內容都留在這部裝置上。錢包助手不會把資料傳到任何地方：不需要註冊，不做統計分析，本身也不發出任何網路要求。',
  'options.privacy.reads': '它只讀取支援的錢包頁面，而且只是為了發現付款失敗或帳戶被凍結等問題。',
  'options.privacy.evidence':
    '你儲存的證據放在這個瀏覽器中擴充功能自己的儲存空間裡，直到你刪除它或移除擴充功能為止。請先匯出你需要的內容。',
  'options.privacy.contacts':
    '聯絡方式和建議都來自擴充功能內建、經過查證的資料，絕不取自你造訪的網頁。',
  'error.storageFull':
    '這部裝置已經沒有空間儲存證據，這次什麼都沒有儲存。請匯出並刪除較早的證據，或清出一些磁碟空間。',

  'capture.fullPage': '儲存整個網頁',
  'capture.progress': '正在擷取網頁：第 {done} / {total} 個畫面…',
  'capture.needsClick':
    '已儲存網頁和其中的文字。如果需要截圖，請按一下工具列上的錢包助手按鈕（或按 Alt+Shift+S），再儲存一次。',
  'capture.fullPageCut': '網頁很長：已擷取前面的部分；網頁快照包含整個網頁。',
  'capture.openLocker': '開啟證據庫',
  'capture.pending': '發現問題那一刻的快照正在等你決定是否保留。如果不保留，24 小時後會刪除。',
  'capture.keep': '保留',
  'capture.discard': '捨棄',
  'capture.kept': '已存入證據庫。',

  'report.title': '錢包助手證據報告',
  'report.summary': '共 {count} 筆證據，匯出時間 {at}。',
  'report.howToVerify':
    '這個證據包裡的每個檔案，都在 manifest.json 中列出了 SHA-256 雜湊值。要核對某個檔案，請計算它的 SHA-256（例如使用「sha256sum」或「certutil -hashfile <檔案> SHA256」）再比對。每筆紀錄也包含前一筆紀錄的雜湊值，因此任何被修改或缺少的紀錄都能被發現。',
  'report.screenshot': '截圖',
  'report.noScreenshot': '這筆證據沒有截圖。',
  'report.url': '網址（URL）',
  'report.capturedAt': '儲存時間（當地）',
  'report.capturedAtUtc': '儲存時間（UTC）',
  'report.provider': '錢包',
  'report.state': '發現的問題',
  'report.browser': '瀏覽器和作業系統',
  'report.extension': '擴充功能版本',
  'report.notes': '備註',
  'report.hashes': 'SHA-256 雜湊值',
  'report.recordHash': '紀錄雜湊值',
  'report.prevHash': '前一筆紀錄的雜湊值',

  'locker.title': '證據庫',
  'locker.intro': '這裡的所有內容只存在這部裝置上。移除擴充功能會一併刪除，請匯出需要保留的證據。',
  'locker.filter.provider': '錢包',
  'locker.filter.state': '問題',
  'locker.filter.case': '申訴',
  'locker.filter.from': '從',
  'locker.filter.to': '到',
  'locker.filter.all': '全部',
  'locker.count': '顯示 {shown} 筆，共 {total} 筆',
  'locker.none': '還沒有儲存任何證據。',
  'locker.select': '選取',
  'locker.selectAll': '全選顯示的證據',
  'locker.exportSelected': '匯出所選（{count}）',
  'locker.exportAll': '全部匯出',
  'locker.exported': '已將 {count} 筆證據匯出到 {file}。',
  'locker.import': '匯入證據包…',
  'locker.imported': '已匯入 {imported} 筆證據；{present} 筆原本就有。',
  'locker.importFailed': '證據包沒有匯入，現有內容沒有任何改變：{problem}',
  'locker.delete': '刪除',
  'locker.deleteConfirm': '確定要永久刪除這筆證據嗎？刪除動作會被記錄下來。',
  'locker.deleted': '已刪除。',
  'locker.verify': '檢查雜湊鏈',
  'locker.verifyOk': '全部 {count} 筆紀錄都通過檢查：每個雜湊值和每一環連結都完好。',
  'locker.verifyBroken': '在紀錄 {id}（第 {seq} 筆）斷開：{reason}。',
  'locker.reason.hash-mismatch': '這筆紀錄在儲存後被修改過',
  'locker.reason.link-mismatch': '它和前一筆紀錄接不上',
  'locker.reason.missing-records': '它之前的紀錄不見了，而且沒有對應的刪除紀錄',
  'locker.usage': '已使用儲存空間：{used}，可用約 {quota}。',
  'locker.persisted': '即使空間不足，瀏覽器也會保留這些資料。',
  'locker.notPersisted': '空間不足時，瀏覽器可能會清除這些資料：請定期匯出。',
  'locker.reminder': '有證據已經超過 7 天沒有匯出。移除擴充功能會一併刪除：請現在匯出一份備份。',
  'locker.pendingTitle': '等待保留（24 小時後刪除）',
  'locker.back': '回到清單',
  'locker.detail.url': '網址',
  'locker.detail.time': '儲存時間',
  'locker.detail.provider': '錢包',
  'locker.detail.state': '問題',
  'locker.detail.fields': '從網頁讀到的資料',
  'locker.detail.browser': '瀏覽器',
  'locker.detail.viewport': '可視範圍',
  'locker.detail.language': '網頁語言',
  'locker.detail.source': '儲存方式',
  'locker.detail.artifacts': '檔案及其 SHA-256',
  'locker.detail.recordHash': '紀錄雜湊值',
  'locker.detail.prevHash': '前一筆紀錄的雜湊值',
  'locker.notes': '備註',
  'locker.tags': '標籤（用逗號分隔）',
  'locker.case': '申訴',
  'locker.save': '儲存備註和標籤',
  'locker.saved': '已儲存。',
  'locker.redact': '塗黑區域',
  'locker.redactHint': '在截圖上拖曳，標出要塗黑的區域，然後儲存塗黑後的副本。原圖不會改變。',
  'locker.redactSave': '儲存塗黑副本',
  'locker.redactClear': '清除標記',
  'locker.redactText': '儲存一份遮蔽了卡號、電子郵件地址和電話號碼的文字副本',
  'locker.redacted': '已儲存塗黑副本，裡面註明了原檔的雜湊值。',
  'locker.open': '開啟',
  'locker.download': '下載',
  'locker.damaged': '有 {count} 筆已儲存的紀錄已經損壞，無法顯示或匯出。它們會原封不動保留。',

  'import.problem.notZip': '這個檔案不是 ZIP 壓縮檔',
  'import.problem.missingFile': '缺少 {subject}',
  'import.problem.malformedJson': '{subject} 不是有效的 JSON',
  'import.problem.unknownVersion': '這個證據包是由本版本無法讀取的版本產生的',
  'import.problem.invalidManifest': '清單無效（{subject}）',
  'import.problem.invalidRecords': '紀錄無效（{subject}）',
  'import.problem.badHash': '{subject} 的 SHA-256 與清單不符',
  'import.problem.badRecordHash': '紀錄 {subject} 在儲存後被修改過',
  'import.problem.conflict': '已經有另一筆 ID 為 {subject} 的不同紀錄',

  'ui.colon': '：',
  'region.EU': '歐盟／歐洲經濟區',
  'region.CN': '中國大陸',
  'region.HK': '香港',
  'region.MO': '澳門',
  'region.TW': '台灣',
  'region.INTL': '國際',
  'evidence.kind.screenshot-visible': '截圖（可見範圍）',
  'evidence.kind.screenshot-full': '截圖（整個網頁）',
  'evidence.kind.snapshot-mhtml': '網頁副本（MHTML）',
  'evidence.kind.snapshot-html': '網頁副本（HTML）',
  'evidence.kind.page-text': '網頁文字',
  'evidence.kind.detection-text': '發現問題時的文字',
  'evidence.kind.detection-html': '發現問題時的網頁片段',
  'evidence.kind.redacted-screenshot': '塗黑後的截圖',
  'evidence.kind.redacted-text': '遮蔽後的文字',
  'evidence.kind.outside-file': '從瀏覽器以外加入的檔案',
  'evidence.source.extension-page': '從彈出式視窗或側邊面板儲存',
  'evidence.source.shortcut': '鍵盤快速鍵',
  'evidence.source.in-page': '從網頁上的提示卡片儲存',
  'evidence.source.detection': '發現問題時自動保存',
  'evidence.source.legacy': '由舊版本儲存',
  'evidence.source.file': '從瀏覽器以外加入',
};
