import { describe, expect, it } from 'vitest';
import { describeCase, formatCaseTime, spokenCaseTime } from '../../lib/cases/describe';
import type { CaseRecord } from '../../lib/cases/schema';
import { PHONE_CALL, paypalCase } from './cases-fixtures';

const SHA = 'f'.repeat(63) + '0';

function fullCase(): CaseRecord {
  return paypalCase({
    facts: {
      ...paypalCase().facts,
      errorCode: 'INSTRUMENT_DECLINED',
      requested: 'Please refund the USD 24.50 if I was charged.',
    },
    contacts: [PHONE_CALL],
    evidence: [
      {
        captureId: 'e3f1c2d4-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
        sha256: SHA,
        capturedAt: '2026-11-25T14:04:00.000+08:00',
        mimeType: 'image/png',
      },
    ],
  });
}

describe('formatCaseTime', () => {
  it('keeps the local time and offset the person lived', () => {
    expect(formatCaseTime('2026-11-25T14:03:00.000+08:00', 'Asia/Shanghai')).toBe(
      '2026-11-25 14:03 (UTC+08:00, Asia/Shanghai)',
    );
    expect(formatCaseTime('2026-11-25T06:03:00Z')).toBe('2026-11-25 06:03 (UTC+00:00)');
  });
});

describe('complaint description in English', () => {
  const text = describeCase(fullCase(), { locale: 'en', form: 'written', providerName: 'PayPal' });

  it('states what, when, how much, where, on what device, what was tried and what is asked', () => {
    expect(text).toContain('A payment I tried to make with PayPal did not go through.');
    expect(text).toContain('When: 2026-11-25 14:03 (UTC+08:00, Asia/Shanghai)');
    expect(text).toContain('Amount: USD 24.50');
    expect(text).toContain('Merchant or recipient: Coffee Corner Ltd.');
    expect(text).toContain('Transaction ID: 7XK29341AB');
    expect(text).toContain('Error code shown: INSTRUMENT_DECLINED');
    expect(text).toContain('Device and browser: Windows, Chrome 131');
    expect(text).toContain('What I have already tried: Retried once and checked my balance');
    expect(text).toContain('What I am asking for: Please refund the USD 24.50 if I was charged.');
  });

  it('lists the earlier call with agent, employee id and reference, and evidence with hashes', () => {
    expect(text).toContain(
      '- 2026-11-25 15:00 (UTC+08:00), phone call; agent Lee; employee ID A1024; reference PP-778812; promised: Call back; by 2026-11-30',
    );
    expect(text).toContain(`1. Screenshot, 2026-11-25 14:04 (UTC+08:00), SHA-256 ${SHA}`);
  });

  it('is polite and asks for a reference number', () => {
    expect(text.startsWith('Complaint: Payment failed on 2026-11-25 14:03')).toBe(true);
    expect(text).toContain('Hello,');
    expect(text).toContain('give me a reference number');
    expect(text.trim().endsWith('Thank you for your help.')).toBe(true);
  });

  it('marks missing facts as gaps and asks a default outcome for the state', () => {
    const bare = paypalCase({
      state: 'account_locked',
      facts: { occurredAt: '2026-11-25T14:03:00.000+08:00' },
    });
    const gaps = describeCase(bare, { locale: 'en', form: 'written', providerName: 'PayPal' });
    expect(gaps).toContain('Merchant or recipient: [please add]');
    expect(gaps).toContain('Device and browser: [please add]');
    expect(gaps).toContain('My PayPal account has been locked or limited.');
    expect(gaps).toContain('What I am asking for: Please tell me why the account was restricted');
    expect(gaps).toContain('- none saved yet');
    expect(gaps).toContain('- this is my first contact about it');
    expect(gaps).not.toContain('Transaction ID');
  });

  it('gives a short phone script that asks for the agent’s name and employee id', () => {
    const script = describeCase(fullCase(), {
      locale: 'en',
      form: 'phone',
      providerName: 'PayPal',
    });
    expect(script.split('\n').length).toBeLessThanOrEqual(8);
    expect(script).toContain('Payment failed');
    expect(script).toContain('USD 24.50');
    expect(script).toContain('The transaction ID is 7XK29341AB.');
    expect(script).toContain('I have kept 1 screenshot as evidence.');
    expect(script).toContain('your name, your employee ID and a reference number');
  });
});

describe('complaint description in Simplified Chinese', () => {
  const text = describeCase(fullCase(), {
    locale: 'zh-CN',
    form: 'written',
    providerName: 'PayPal',
  });

  it('carries every fact under Chinese labels with full-width colons', () => {
    expect(
      text.startsWith('投诉：付款失败，2026年11月25日 14:03（北京时间，UTC+8），24.50美元（USD）'),
    ).toBe(true);
    expect(text).toContain('您好：');
    expect(text).toContain('问题经过：我通过PayPal进行的一笔付款没有成功。');
    expect(text).toContain('发生时间：2026年11月25日 14:03（北京时间，UTC+8）');
    expect(text).toContain('金额：24.50美元（USD）');
    expect(text).toContain('商家或收款方：Coffee Corner Ltd.');
    expect(text).toContain('使用的设备和浏览器：Windows，Chrome 131');
    expect(text).toContain('我已经尝试过：Retried once and checked my balance');
    expect(text).toContain(
      '2026年11月25日 15:00（UTC+8），电话；客服 Lee；工号 A1024；工单号 PP-778812',
    );
    expect(text).toContain(`1. 截图，2026年11月25日 14:04（UTC+8），SHA-256 ${SHA}`);
    expect(text).toContain('请确认已收到这份投诉，告诉我工单号');
    expect(text).not.toMatch(/please add|Hello|[\p{Script=Han}]:/u);
  });

  it('marks gaps in Chinese', () => {
    const bare = paypalCase({ facts: {} });
    expect(
      describeCase(bare, { locale: 'zh-CN', form: 'written', providerName: '支付宝' }),
    ).toContain('商家或收款方：[请补充]');
  });

  it('has a phone script that reads naturally aloud: no ISO date, UTC offset or currency code', () => {
    const script = describeCase(fullCase(), {
      locale: 'zh-CN',
      form: 'phone',
      providerName: 'PayPal',
    });
    expect(script).toContain(
      '您好，我想反映一个问题：付款失败。时间是11月25日14:03（北京时间），金额24.50美元，商家是Coffee Corner Ltd.。',
    );
    expect(script).toContain('交易号是7XK29341AB。');
    expect(script).toContain('之前已经联系过，工单号是PP-778812。');
    expect(script).toContain('工号是多少');
    // (The request is the person's own words, so only the lines we write are checked.)
    expect(script.split('\n').slice(0, 3).join('')).not.toMatch(/2026-|UTC|USD/);
  });

  it('says yuan for renminbi, and 东八区 when the zone has no name', () => {
    const cny = paypalCase({
      facts: { occurredAt: '2026-11-25T14:03:00.000+08:00', amount: '24.50', currency: 'CNY' },
    });
    const script = describeCase(cny, { locale: 'zh-CN', form: 'phone', providerName: '支付宝' });
    expect(script).toContain('时间是11月25日14:03（东八区），金额24.50元。');
  });
});

describe('complaint description in Traditional Chinese', () => {
  it('is written for Taiwan readers: 申訴, 受理編號, 帳戶, full-width colons', () => {
    const text = describeCase(fullCase(), {
      locale: 'zh-Hant',
      form: 'written',
      providerName: 'PayPal',
    });
    expect(
      text.startsWith('申訴：付款失敗，2026年11月25日 14:03（北京時間，UTC+8），24.50美元（USD）'),
    ).toBe(true);
    expect(text).toContain('事情經過：我透過PayPal進行的一筆付款沒有成功。');
    expect(text).toContain('商家或收款人：Coffee Corner Ltd.');
    expect(text).toContain('客服人員 Lee；員工編號 A1024；受理編號 PP-778812');
    expect(text).toContain('請確認已收到這份申訴，告訴我受理編號');
    expect(text).not.toMatch(/[\p{Script=Han}]:|账|户|号|请/u);
    const locked = describeCase(paypalCase({ state: 'account_locked', facts: {} }), {
      locale: 'zh-Hant',
      form: 'written',
      providerName: 'PayPal',
    });
    expect(locked).toContain('我的PayPal帳戶被凍結或受限。');
  });

  it('has a phone script in Taiwan time words', () => {
    const taipei = paypalCase({
      facts: {
        occurredAt: '2026-11-25T14:03:00.000+08:00',
        timeZone: 'Asia/Taipei',
        amount: '350',
        currency: 'TWD',
      },
    });
    const script = describeCase(taipei, {
      locale: 'zh-Hant',
      form: 'phone',
      providerName: 'PayPal',
    });
    expect(script).toContain('時間是11月25日14:03（台灣時間），金額350元。');
    expect(script).toContain('員工編號是多少');
  });
});

describe('case times in Chinese', () => {
  it('names the zone only when it had the stored offset, and keeps the year off the phone', () => {
    expect(formatCaseTime('2026-11-25T14:03:00.000+08:00', 'Asia/Hong_Kong', 'zh-Hant')).toBe(
      '2026年11月25日 14:03（香港時間，UTC+8）',
    );
    // The zone field says Shanghai but the time was recorded at UTC+0: the offset wins.
    expect(formatCaseTime('2026-11-25T06:03:00Z', 'Asia/Shanghai', 'zh-CN')).toBe(
      '2026年11月25日 06:03（UTC+0）',
    );
    expect(formatCaseTime('2026-11-25T14:03:00.000+05:30', 'not a zone', 'zh-CN')).toBe(
      '2026年11月25日 14:03（UTC+5:30）',
    );
    expect(spokenCaseTime('2025-12-30T09:00:00.000+08:00', undefined, 'zh-CN', '2026')).toBe(
      '2025年12月30日09:00（东八区）',
    );
  });
});
