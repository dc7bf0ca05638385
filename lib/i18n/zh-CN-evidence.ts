import type { evidenceEn } from './en-evidence';

/** 可放心交给他人的证据相关文字（简体中文），与 `en-evidence.ts` 一一对应。 */
export const evidenceZhCN: Record<keyof typeof evidenceEn, string> = {
  'report.redactedScreenshot': '涂黑后的截图',
  'report.addedAt': '添加时间（本地）',
  'report.scope.all': '其中包含该设备上的全部记录。',
  'report.scope.selected': '其中只包含用户选中的记录，并非全部。',
  'report.scope.case': '其中包含与一项投诉关联的证据。',
  'report.provesTitle': '这个证据包能证明什么，不能证明什么',
  'report.proves':
    '它能证明：每个文件都与保存时完全一致（其 SHA-256 列在 manifest.json 中，也就是它的文件名）；每条记录自保存到设备上以后没有被修改过（依据其记录哈希值，以及它与前一条记录的链接）。',
  'report.doesNotProve':
    '它不能证明记录是谁制作的、在什么时间制作的：时间来自保存设备的时钟，任何人都可以自行构造一个校验无误的证据包。导出设备从别处导入的记录都标注为“导入”。',
  'report.chainHead':
    '导出这个证据包时，该设备自身的哈希链（{chain}）共有 {count} 条记录，最后一条的记录哈希值为 {hash}。本证据包包含其中 {included} 条；在设备上删除的记录列在 manifest.json 的访问日志中。',
  'report.noChainHead': '导出设备当时还没有保存过自己的证据。',
  'report.containsTitle': '这个证据包包含什么',
  'report.choice.redacted':
    '有涂黑副本的记录只导出该副本。它们的原件、网页副本和网页文字都留在设备上，因为这些内容会显示被涂黑或遮盖的信息。',
  'report.choice.originals':
    '按用户的选择，涂黑记录的原件也包含在内：从中可以看到被涂黑或遮盖的内容。',
  'report.choice.pageCopiesIn':
    '按用户的选择，网页的完整副本（MHTML）包含在内。它们是网页的原样副本，可能含有会话数据，例如账户信息和隐藏的登录令牌。',
  'report.choice.pageCopiesOut':
    '网页的完整副本（MHTML）没有包含在内。截图、网页文字和清理过的网页副本（去除了脚本的 HTML）都包含在内。',
  'report.origin.captured': '在导出设备上保存。',
  'report.origin.file': '用户从浏览器以外添加的文件。',
  'report.origin.imported':
    '由导出设备于 {at} 从证据包“{name}”（SHA-256 {sha}）导入，该证据包声称导出于 {exported}。它不是在该设备上保存的。',
  'report.file.category': '文件类别',
  'report.file.description': '说明',
  'report.file.occurredAt': '发生时间（用户填写）',
  'report.file.cameFrom': '文件来源',
  'report.file.name': '文件名',
  'report.file.type': '类型（根据文件内容判断）',
  'report.inBundle': '在本证据包中：{path}',
  'report.leftOut.redacted': '未包含：证据包中附的是它的涂黑副本',
  'report.leftOut.redactedRecordPage': '未包含：它会显示被涂黑的内容',
  'report.leftOut.pageCopy': '未包含：没有选择导出网页的完整副本',
  'report.leftOut.notHeld': '导出设备上没有这个文件',
  'report.masked':
    '这条记录的网址、标题或详情中的银行卡号、电子邮箱和电话号码在导出时已被遮盖。它的记录哈希值对应的是未遮盖的记录，因此无法用本证据包校验。',

  'outside.category.statement': '对账单或交易记录',
  'outside.category.email': '电子邮件',
  'outside.category.chat': '聊天记录',
  'outside.category.photo': '手机上的照片或截图',
  'outside.category.other': '其他文件',

  'import.problem.unsafePath': '证据包中有一个名称不安全的文件（{subject}）',
  'import.problem.duplicateEntry': '证据包中 {subject} 出现了两次',
  'import.problem.unexpectedEntry': '证据包中有一个清单未列出的文件（{subject}）',
  'import.problem.sizeMismatch': '{subject} 的大小与证据包声明的不一致',
  'import.problem.tooLarge': '{subject} 超出了钱包助手可以接受的大小',

  'shortcut.saved.title': '证据已保存',
  'shortcut.saved': '已在本机保存 {count} 个文件（SHA-256 {hash}…）。点击打开证据库。',
  'shortcut.failed.title': '证据未保存',

  'cases.field.unconfirmed': '从网页读取——请核对',
  'cases.facts.unconfirmed':
    '标有“从网页读取——请核对”的字段是从钱包网页上复制来的，可能有误，甚至可能是诈骗者故意放上去的。在你核对之前，它们不会写进投诉描述：如有需要请先更正，然后保存。',
  'cases.facts.confirm': '已核对，保存',

  'options.evidence.screenshot': '同时保存那一刻的截图',
  'options.evidence.screenshot.why':
    '浏览器只允许扩展在你刚点击它的按钮之后截图，或者在它获准访问所有网站时截图。打开此项会向浏览器申请这项权限，仅用于这张截图：钱包助手仍然只读取所支持的钱包网站，任何内容都不会离开你的设备。你可以随时在这里关闭。',
  'options.evidence.screenshot.denied':
    '浏览器没有授予该权限，因此发现问题时不会截图。错误文字和页面的相应部分仍会保存。',

  'prompt.covered': '网页上有内容遮住了这张卡片。卡片完整显示之前，上面的按钮暂停使用。',
  'silence.notice': '{time}，{host} 网页上的提示卡片被设为不再提示。如果这不是你有意点的，请撤销。',
  'silence.notice.always': '提示将一直关闭。',
  'silence.notice.until': '提示将关闭到 {time}。',
  'silence.undo': '撤销：恢复显示提示',
  'silence.keep': '保持关闭',
  'silence.undone': '{host} 上会重新显示提示。',

  'export.title': '导出 {count} 条记录',
  'export.files': 'ZIP 中将包含 {count} 个文件，每个文件都列出其 SHA-256。',
  'export.redacted': '有 {count} 条记录带有涂黑副本',
  'export.redacted.out':
    '这些记录只导出涂黑副本。{count} 个原始文件（截图、网页副本、网页文字）会留在本机，因为从中能看到你涂黑或遮盖的内容。',
  'export.redacted.in': '原件也会放进 ZIP：拿到 ZIP 的人都能看到你涂黑或遮盖的内容。',
  'export.originals': '同时导出原件（未涂黑）',
  'export.pageCopies': '{count} 份网页的完整副本（MHTML）',
  'export.pageCopies.warning':
    '完整副本是浏览器中网页的原样，可能含有会话数据：账户信息、隐藏的登录或安全令牌。只有交给你放心托付账户信息的人或机构时，才应包含它。',
  'export.pageCopies.include': '包含网页的完整副本',
  'export.report':
    'ZIP 中附有 report.html，说明其中包含什么、哪些没有包含及原因，以及这个证据包能证明和不能证明什么。',
  'export.download': '下载 ZIP',
  'export.cancel': '取消',

  'addFile.title': '添加浏览器以外的文件…',
  'addFile.intro':
    '可以添加银行或钱包的对账单（PDF）、保存为 .eml 的电子邮件、手机上的照片或截图，或导出为文字或图片的聊天记录。钱包助手会根据文件内容判断类型，计算它的 SHA-256，并像截图证据一样把它加入哈希链。',
  'addFile.file': '文件',
  'addFile.category': '文件类别',
  'addFile.provider': '钱包（如与某个钱包有关）',
  'addFile.description': '说明',
  'addFile.occurredAt': '发生时间',
  'addFile.cameFrom': '文件来源（例如“PayPal 发来的邮件”）',
  'addFile.add': '添加到证据库',
  'addFile.pick': '请先选择一个文件。',
  'addFile.progress': '正在保存并计算哈希：{done} / {total}…',
  'addFile.added': '已添加。SHA-256 {hash}…',
  'addFile.unsupported':
    '这个文件没有添加：从内容看，它不是 PDF、电子邮件、图片或文字。没有保留任何内容。',
  'addFile.tooLarge': '这个文件没有添加：它超过了 {max}。没有保留任何内容。',

  'capture.pendingDropped': '为了腾出空间，已删除 {count} 份发现问题那一刻的快照（尚未保留）。',
  'locker.droppedRoom':
    '为了给你保存的证据腾出空间，已删除 {count} 份发现问题那一刻的快照（尚未保留）。',
  'locker.droppedCap': '等待保留的快照有空间上限，为此已删除 {count} 份较早的快照。',
  'locker.droppedOk': '知道了',
  'locker.importedBadge': '{date} 导入',
  'locker.detail.capturedHere': '在本机保存。',
  'locker.detail.addedHere': '你从浏览器以外添加的文件。',
  'locker.detail.imported':
    '于 {at} 从证据包“{name}”导入，该证据包声称导出于 {exported}。它不是在本机保存的，不属于你自己的哈希链。',
  'locker.detail.bundle': '证据包的 SHA-256',
  'locker.mhtmlNote': '网页的完整副本，可能含有会话数据',
  'locker.verifyCounts': '你自己的记录：{own} 条。导入的记录（单独校验）：{imported} 条。',
  'locker.verifyUnverifiable': '有 {count} 条导入记录的详情已被导出者遮盖，无法校验。',
  'locker.proves':
    '这次校验能证明：自保存以来，没有记录被修改，你自己的记录也没有在未留删除记录的情况下被移除。它不能证明记录是谁制作的、在什么时间制作的：时间来自本设备的时钟。',
  'cases.timeline.file': '证据中的文件：{label}',
};
