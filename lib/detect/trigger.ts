// The rules' prefilter. It lives apart from the engine so the content script does not carry
// it: the background sends its source with the rules (`DetectionRules.trigger`).

/**
 * Words at least one of which occurs in every text any rule can match. A block without any of
 * them is skipped before a single rule runs, which keeps a scan of a large page cheap. The rule
 * tests check every rule's examples against it, so a new rule cannot slip past the filter. The
 * content script receives its source with the rules and adds the concept terms' words to it.
 */
export const TRIGGER =
  /fail|declin|denied|reject|refus|unsuccessful|through|complete|process|insufficient|wrong|lock|limit|suspend|frozen|freez|restrict|disabl|block|hold|deactivat|closed|cancel|approv|could ?n[o'’]?t|unable|verif|confirm|attempt|exceed|reached|pending|arriv|receiv|longer|delay|unusual|suspicious|detected|noticed|unrecogni|someone|authori[sz]|refund|rechaz|bloque|suspendid|suspens|restringid|restrit|recusad|aprovad|não foi|no pudimos|límite|desa?c?tivad|deaktiv|fehlgeschlagen|abgelehnt|gesperrt|eingeschränkt|失败|失敗|未成功|不成功|未完成|延迟|延誤|延遲|拒|无法|無法|未能|不能|不足|冻结|凍結|锁定|鎖定|限|封|停用|风险|風險|异常|異常|验证|驗證|认证|認證|过多|過多|超|上限|到账|到帳|入账|入帳|盗|盜|非本人|授权|授權|退款|暂不支持|暫不支援|陌生|设备|設備/iu;
