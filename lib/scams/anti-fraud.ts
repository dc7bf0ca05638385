import { z } from 'zod';
import { LocalizedTextSchema, SourceSchema } from '../providers/schema';

/**
 * The police anti-fraud line and app of mainland China, for Chinese-language users whose region
 * is the mainland: 110 to report a fraud, 96110 (warnings and advice; a genuine call shows as an
 * area code followed by 96110), and the 国家反诈中心 App. Our sources are state media and a
 * university security office, not a police site, so every entry is `secondary` and the UI says
 * so. Nothing here is offered in Hong Kong, Macao or Taiwan, where mainland police have no
 * jurisdiction.
 */
export const AntiFraudEntrySchema = z
  .object({
    id: z.enum(['110', '96110', 'app']),
    /** The number, for the two lines (the app has none). */
    number: z
      .string()
      .regex(/^\d{3,5}$/)
      .optional(),
    /** True when a genuine call may show an area code before the number (0571-96110). */
    areaCodePrefix: z.boolean().default(false),
    text: LocalizedTextSchema,
    source: SourceSchema,
  })
  .strict();
export type AntiFraudEntry = z.infer<typeof AntiFraudEntrySchema>;

const tx = (en: string, zh: string, zhHant: string) => ({ en, 'zh-CN': zh, 'zh-Hant': zhHant });

export const ANTI_FRAUD_CN: readonly AntiFraudEntry[] = Object.freeze(
  z.array(AntiFraudEntrySchema).parse([
    {
      id: '110',
      number: '110',
      text: tx(
        'Call 110 at once to report a fraud to the police (96110 is for advice, not reports).',
        '如遇电信网络诈骗，第一时间拨打 110 报警（96110 是劝阻咨询电话，不是报警电话）。',
        '遇到電信網路詐騙，請第一時間撥打 110 報警（96110 是勸阻諮詢電話，不是報警電話）。',
      ),
      source: { url: 'http://www.mccaee.com/a/xinwendongtai/54.html', type: 'secondary' },
    },
    {
      id: '96110',
      number: '96110',
      areaCodePrefix: true,
      text: tx(
        '96110 is the police anti-fraud warning line: answer it. A genuine call shows as an area code followed by 96110; any other prefix may be a spoofed number.',
        '96110 是全国反诈预警劝阻专线，接到来电要及时接听。真正的来电显示为“区号 + 96110”；带有其他前缀的，可能是诈骗分子改号冒充。',
        '96110 是全國反詐預警勸阻專線，接到來電要及時接聽。真正的來電顯示為「區號＋96110」；帶有其他前綴的，可能是詐騙分子改號冒充。',
      ),
      source: {
        url: 'http://xhvb-www.plus.jlntv.cn/folder3783/folder3785/folder4300/2025-02-11/viEUZ8a2u7sb5Q6p.html',
        type: 'secondary',
      },
    },
    {
      id: 'app',
      text: tx(
        'The “国家反诈中心” (National Anti-Fraud Center) app of the Ministry of Public Security’s criminal investigation bureau gives warnings and takes reports.',
        '“国家反诈中心”App 由公安部刑侦局组织研发，可接收预警并举报。',
        '「國家反詐中心」App 由中國大陸公安部刑偵局組織研發，可接收預警並檢舉。',
      ),
      source: {
        url: 'http://news.cnhubei.com/content/2021-03/25/content_13697655.html',
        type: 'secondary',
      },
    },
  ]),
);

/**
 * Whether to offer the mainland lines: only to someone whose region is the mainland, or who
 * reads Simplified Chinese and whose region is unknown.
 */
export function showsMainlandAntiFraud(region: string | null, locale: string): boolean {
  return region === 'CN' || (region === null && locale === 'zh-CN');
}
