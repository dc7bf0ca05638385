import type { evidenceEn } from './en-evidence';

/** 可放心交給他人的證據相關文字（繁體中文），與 `en-evidence.ts` 一一對應。 */
export const evidenceZhHant: Record<keyof typeof evidenceEn, string> = {
  'report.redactedScreenshot': '塗黑後的截圖',
  'report.addedAt': '加入時間（當地）',
  'report.scope.all': '其中包含這部裝置上的全部紀錄。',
  'report.scope.selected': '其中只包含使用者選取的紀錄，並非全部。',
  'report.scope.case': '其中包含與一項申訴關聯的證據。',
  'report.provesTitle': '這個證據包能證明什麼、不能證明什麼',
  'report.proves':
    '它能證明：每個檔案都與儲存時完全相同（它的 SHA-256 列在 manifest.json 中，也就是它的檔名）；每筆紀錄自儲存到裝置上以後都沒有被修改（依據它的紀錄雜湊值，以及它和前一筆紀錄的連結）。',
  'report.doesNotProve':
    '它不能證明紀錄是誰製作的、在什麼時間製作的：時間來自儲存裝置的時鐘，任何人都能自行做出一個檢查無誤的證據包。匯出裝置從別處匯入的紀錄，都標示為「匯入」。',
  'report.chainHead':
    '匯出這個證據包時，這部裝置自己的雜湊鏈（{chain}）共有 {count} 筆紀錄，最後一筆的紀錄雜湊值為 {hash}。本證據包包含其中 {included} 筆；在裝置上刪除的紀錄列在 manifest.json 的存取紀錄中。',
  'report.noChainHead': '匯出裝置當時還沒有儲存過自己的證據。',
  'report.containsTitle': '這個證據包包含什麼',
  'report.choice.redacted':
    '有塗黑副本的紀錄只匯出該副本。它們的原件、網頁副本和網頁文字都留在裝置上，因為這些內容會顯示被塗黑或遮蔽的資訊。',
  'report.choice.originals':
    '依使用者的選擇，塗黑紀錄的原件也包含在內：從中可以看到被塗黑或遮蔽的內容。',
  'report.choice.pageCopiesIn':
    '依使用者的選擇，網頁的完整副本（MHTML）包含在內。它們是網頁的原樣副本，可能含有工作階段資料，例如帳戶資訊和隱藏的登入權杖。',
  'report.choice.pageCopiesOut':
    '網頁的完整副本（MHTML）沒有包含在內。截圖、網頁文字和清理過的網頁副本（移除了指令碼的 HTML）都包含在內。',
  'report.origin.captured': '在匯出裝置上儲存。',
  'report.origin.file': '使用者從瀏覽器以外加入的檔案。',
  'report.origin.imported':
    '由匯出裝置於 {at} 從證據包「{name}」（SHA-256 {sha}）匯入，該證據包自稱匯出於 {exported}。它不是在這部裝置上儲存的。',
  'report.file.category': '檔案類別',
  'report.file.description': '說明',
  'report.file.occurredAt': '發生時間（使用者填寫）',
  'report.file.cameFrom': '檔案來源',
  'report.file.name': '檔名',
  'report.file.type': '類型（依檔案內容判斷）',
  'report.inBundle': '在本證據包中：{path}',
  'report.leftOut.redacted': '未包含：證據包附上的是它的塗黑副本',
  'report.leftOut.redactedRecordPage': '未包含：它會顯示被塗黑的內容',
  'report.leftOut.pageCopy': '未包含：沒有選擇匯出網頁的完整副本',
  'report.leftOut.notHeld': '匯出裝置上沒有這個檔案',
  'report.masked':
    '這筆紀錄的網址、標題或詳細資料中的卡號、電子郵件地址和電話號碼，在匯出時已被遮蔽。它的紀錄雜湊值對應的是未遮蔽的紀錄，因此無法用本證據包檢查。',

  'outside.category.statement': '對帳單或交易紀錄',
  'outside.category.email': '電子郵件',
  'outside.category.chat': '聊天紀錄',
  'outside.category.photo': '手機上的照片或截圖',
  'outside.category.other': '其他檔案',

  'import.problem.unsafePath': '證據包中有一個名稱不安全的檔案（{subject}）',
  'import.problem.duplicateEntry': '證據包中 {subject} 出現了兩次',
  'import.problem.unexpectedEntry': '證據包中有一個清單沒有列出的檔案（{subject}）',
  'import.problem.sizeMismatch': '{subject} 的大小與證據包宣告的不一致',
  'import.problem.tooLarge': '{subject} 超過了錢包助手能接受的大小',

  'shortcut.saved.title': '證據已儲存',
  'shortcut.saved': '已在這部裝置上儲存 {count} 個檔案（SHA-256 {hash}…）。點一下即可開啟證據庫。',
  'shortcut.failed.title': '證據沒有儲存',

  'cases.field.unconfirmed': '從網頁讀取——請核對',
  'cases.facts.unconfirmed':
    '標示「從網頁讀取——請核對」的欄位是從錢包網頁上複製來的，可能有誤，甚至可能是詐騙者刻意放上去的。在你核對之前，它們不會寫進申訴內容：如有需要請先更正，再儲存。',
  'cases.facts.confirm': '已核對，儲存',

  'options.evidence.screenshot': '同時儲存當下的截圖',
  'options.evidence.screenshot.why':
    '瀏覽器只允許擴充功能在你剛點過它的按鈕之後截圖，或在它取得存取所有網站的權限時截圖。開啟這個選項會向瀏覽器申請這項權限，只用於這張截圖：錢包助手仍然只讀取支援的錢包網站，任何內容都不會離開你的裝置。你隨時可以在這裡關閉。',
  'options.evidence.screenshot.denied':
    '瀏覽器沒有授予這項權限，因此發現問題時不會截圖。錯誤文字和頁面的相關部分仍會儲存。',

  'prompt.covered': '網頁上有東西擋住了這張卡片。卡片完整顯示之前，上面的按鈕暫停使用。',
  'silence.notice': '{time}，{host} 網頁上的提示卡片被設為不再提示。如果不是你有意點選的，請復原。',
  'silence.notice.always': '提示會一直關閉。',
  'silence.notice.until': '提示會關閉到 {time}。',
  'silence.undo': '復原：恢復顯示提示',
  'silence.keep': '維持關閉',
  'silence.undone': '{host} 上會重新顯示提示。',

  'export.title': '匯出 {count} 筆紀錄',
  'export.files': 'ZIP 中將包含 {count} 個檔案，每個檔案都列出它的 SHA-256。',
  'export.redacted': '有 {count} 筆紀錄附有塗黑副本',
  'export.redacted.out':
    '這些紀錄只匯出塗黑副本。{count} 個原始檔案（截圖、網頁副本、網頁文字）會留在這部裝置上，因為從中能看到你塗黑或遮蔽的內容。',
  'export.redacted.in': '原件也會放進 ZIP：拿到 ZIP 的人都能看到你塗黑或遮蔽的內容。',
  'export.originals': '同時匯出原件（未塗黑）',
  'export.pageCopies': '{count} 份網頁的完整副本（MHTML）',
  'export.pageCopies.warning':
    '完整副本就是瀏覽器中網頁的原樣，可能含有工作階段資料：帳戶資訊、隱藏的登入或安全權杖。只有交給你願意託付帳戶資訊的人或機構時，才應該包含它。',
  'export.pageCopies.include': '包含網頁的完整副本',
  'export.report':
    'ZIP 中附有 report.html，說明其中包含什麼、哪些沒有包含及原因，以及這個證據包能證明和不能證明什麼。',
  'export.download': '下載 ZIP',
  'export.cancel': '取消',

  'addFile.title': '加入瀏覽器以外的檔案…',
  'addFile.intro':
    '可以加入銀行或錢包的對帳單（PDF）、存成 .eml 的電子郵件、手機上的照片或截圖，或匯出成文字或圖片的聊天紀錄。錢包助手會依檔案內容判斷類型，計算它的 SHA-256，並像截圖證據一樣把它加入雜湊鏈。',
  'addFile.file': '檔案',
  'addFile.category': '檔案類別',
  'addFile.provider': '錢包（如果和某個錢包有關）',
  'addFile.description': '說明',
  'addFile.occurredAt': '發生時間',
  'addFile.cameFrom': '檔案來源（例如「PayPal 寄來的郵件」）',
  'addFile.add': '加入證據庫',
  'addFile.pick': '請先選擇一個檔案。',
  'addFile.progress': '正在儲存並計算雜湊值：{done} / {total}…',
  'addFile.added': '已加入。SHA-256 {hash}…',
  'addFile.unsupported':
    '這個檔案沒有加入：從內容看，它不是 PDF、電子郵件、圖片或文字。沒有保留任何內容。',
  'addFile.tooLarge': '這個檔案沒有加入：它超過了 {max}。沒有保留任何內容。',

  'capture.pendingDropped': '為了騰出空間，已刪除 {count} 份發現問題當下的快照（尚未保留）。',
  'locker.droppedRoom':
    '為了替你儲存的證據騰出空間，已刪除 {count} 份發現問題當下的快照（尚未保留）。',
  'locker.droppedCap': '等待保留的快照有空間上限，因此已刪除 {count} 份較早的快照。',
  'locker.droppedOk': '知道了',
  'locker.importedBadge': '{date} 匯入',
  'locker.detail.capturedHere': '在這部裝置上儲存。',
  'locker.detail.addedHere': '你從瀏覽器以外加入的檔案。',
  'locker.detail.imported':
    '於 {at} 從證據包「{name}」匯入，該證據包自稱匯出於 {exported}。它不是在這部裝置上儲存的，不屬於你自己的雜湊鏈。',
  'locker.detail.bundle': '證據包的 SHA-256',
  'locker.mhtmlNote': '網頁的完整副本，可能含有工作階段資料',
  'locker.verifyCounts': '你自己的紀錄：{own} 筆。匯入的紀錄（另行檢查）：{imported} 筆。',
  'locker.verifyUnverifiable': '有 {count} 筆匯入紀錄的詳細資料已被匯出者遮蔽，無法檢查。',
  'locker.proves':
    '這次檢查能證明：自儲存以來，沒有紀錄被修改，你自己的紀錄也沒有在未留下刪除紀錄的情況下被移除。它不能證明紀錄是誰製作的、在什麼時間製作的：時間來自這部裝置的時鐘。',
  'cases.timeline.file': '證據中的檔案：{label}',
};
