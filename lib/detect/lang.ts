/** Base language of a `lang` attribute in the tags the term files use (`zh-Hans`, `pt`, …). */
export function baseLang(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const lower = tag.toLowerCase();
  if (lower.startsWith('zh')) {
    return /hant|tw|hk|mo/.test(lower) ? 'zh-Hant' : 'zh-Hans';
  }
  return lower.split(/[-_]/)[0] || null;
}
