import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKLISTS, isTopicId, TICKABLE_TOPICS, TOPIC_IDS, TOPICS } from '../../lib/checklists';
import { catalogue, localeFromSetting, type MessageKey } from '../../lib/i18n';
import { STATE_IDS } from '../../lib/states';

const en = catalogue('en');
const zh = catalogue('zh-CN');

describe('guidance content', () => {
  it('has a title, a lead and at least four items for every menu topic, in both languages', () => {
    for (const topic of TOPIC_IDS) {
      for (const cat of [en, zh]) {
        expect(cat[`topic.${topic}`]).toMatch(/\S/);
        expect(cat[`topic.${topic}.lead`]).toMatch(/\S/);
      }
      expect(TOPICS[topic].length).toBeGreaterThanOrEqual(4);
      for (const key of TOPICS[topic]) expect(zh[key], key).toMatch(/\S/);
    }
    expect(isTopicId('security')).toBe(true);
    expect(isTopicId('constructor')).toBe(false);
    expect([...TICKABLE_TOPICS].every((t) => TOPIC_IDS.includes(t))).toBe(true);
  });

  it('covers everything the account-security guidance asks for', () => {
    expect(TOPICS.security).toEqual([
      'check.security.twoStep',
      'check.security.encryption',
      'check.security.changePassword',
      'check.security.strongPassword',
      'check.security.publicNetwork',
      'check.security.limits',
    ]);
    expect(en['check.security.twoStep']).toMatch(/two-step/i);
    expect(en['check.security.publicNetwork']).toMatch(/public/i);
    expect(en['check.security.limits']).toMatch(/limits.*alerts/i);
  });

  it('covers password safety: complex, not shared, not reused, one-time codes', () => {
    expect(TOPICS.password.map((k) => k.split('.').at(-1))).toEqual([
      'complex',
      'notShared',
      'notReused',
      'oneTimeCodes',
    ]);
    expect(en['check.password.oneTimeCodes']).toMatch(/one-time code/);
    expect(zh['check.password.oneTimeCodes']).toMatch(/验证码/);
  });

  it('explains where the official contact is and when to call rather than chat', () => {
    const text = TOPICS.findContact.map((k) => en[k]).join(' ');
    for (const part of [/contact us/i, /help centre/i, /social/i, /signed up/i, /call/i]) {
      expect(text).toMatch(part);
    }
  });

  it('covers complaining well and what to do after complaining', () => {
    const complain = TOPICS.complainWell.map((k) => en[k]).join(' ');
    for (const part of [
      /time|when/i,
      /amount/i,
      /device/i,
      /merchant/i,
      /employee number/i,
      /follow up/i,
      /calm/i,
    ]) {
      expect(complain).toMatch(part);
    }
    const after = TOPICS.afterComplaint.map((k) => en[k]).join(' ');
    for (const part of [
      /outcome/i,
      /terms/i,
      /e-mails/i,
      /chat records/i,
      /transaction records/i,
      /legal/i,
    ]) {
      expect(after).toMatch(part);
    }
  });

  it('has a prompt sentence for every state that offers help and carries no digits', () => {
    for (const state of STATE_IDS) {
      for (const cat of [en, zh]) {
        const text = cat[`prompt.message.${state}` as MessageKey];
        expect(text).toMatch(/Wallet Assist|钱包助手/);
        expect(text).not.toMatch(/\d/);
      }
    }
    expect(CHECKLISTS.refund_issue).toBe(TOPICS.refund);
  });

  it('is written in our own words: no sentence of the source guidance appears verbatim', () => {
    const seedDir = join(__dirname, '../../../shared/seed');
    let seed = '';
    try {
      seed = readFileSync(join(seedDir, '000_bbe5a2bfab5bd20b.txt'), 'utf8');
    } catch {
      return; // The source text is not shipped with the project; nothing to compare here.
    }
    // Any run of 14 Chinese characters shared with the source counts as copying.
    const runs = new Set<string>();
    const compact = seed.replace(/[\s，。、：；“”！？（）(),.:;]/g, '');
    for (let i = 0; i + 14 <= compact.length; i++) runs.add(compact.slice(i, i + 14));
    for (const [key, text] of Object.entries(zh)) {
      const ours = text.replace(/[\s，。、：；“”！？（）(),.:;]/g, '');
      for (let i = 0; i + 14 <= ours.length; i++) {
        expect(runs.has(ours.slice(i, i + 14)), `${key}: "${ours.slice(i, i + 14)}"`).toBe(false);
      }
    }
  });

  it('resolves the language setting: a fixed choice wins, auto follows the browser', () => {
    expect(localeFromSetting('auto', ['zh-TW', 'en'])).toBe('zh-Hant');
    expect(localeFromSetting('auto', ['zh-CN', 'en'])).toBe('zh-CN');
    expect(localeFromSetting('auto', ['de-DE'])).toBe('en');
    expect(localeFromSetting('en', ['zh-CN'])).toBe('en');
    expect(localeFromSetting('zh-CN', ['en-US'])).toBe('zh-CN');
    expect(localeFromSetting('zh-Hant', ['zh-CN'])).toBe('zh-Hant');
  });

  it('follows the browser when the stored language is unknown or malformed, never blanking', () => {
    for (const bad of ['fr-FR', 'zh-TW', '', null, undefined, 42, { language: 'en' }]) {
      expect(localeFromSetting(bad, ['zh-HK'])).toBe('zh-Hant');
      expect(localeFromSetting(bad, ['en-GB'])).toBe('en');
    }
  });
});
