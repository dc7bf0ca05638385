import { it } from 'vitest';
import { loadCorpus } from '../eval/corpus';
it('dbg', () => {
  for (const p of loadCorpus()) if (/excashier.alipay.com\/standard\/tips-11|alipayhk.com\/zh-hk\/wallet\/tips-05/.test(p.url)) console.log(p.url, p.html.replace(/[\s\S]*<main>/, '').slice(0, 600));
});
