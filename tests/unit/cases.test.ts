import { beforeEach, describe, expect, it } from 'vitest';
import { CASES_DB_VERSION, openCasesDb, resetCasesDbCache } from '../../lib/cases/db';
import {
  addContact,
  escalateCase,
  linkEvidence,
  setOutcome,
  transitionCase,
  updateFacts,
} from '../../lib/cases/operations';
import { CASE_STATUSES, parseCase, type CaseStatus } from '../../lib/cases/schema';
import { canTransition, CaseTransitionError, TRANSITIONS } from '../../lib/cases/status';
import {
  addCase,
  CaseNotFoundError,
  getCase,
  importCase,
  listCases,
  updateCase,
} from '../../lib/cases/store';
import { NOW, paypalCase, SHANGHAI } from './cases-fixtures';

beforeEach(() => resetCasesDbCache());

const later = (minutes: number) => ({
  now: new Date(NOW.getTime() + minutes * 60_000),
  offsetMinutes: 480,
});

describe('case status machine', () => {
  it('follows open → waiting → resolved/rejected → escalated → closed', () => {
    let record = paypalCase();
    for (const to of ['waiting_for_provider', 'rejected', 'escalated', 'closed'] as const) {
      record = transitionCase(record, to, later(1));
      expect(record.status).toBe(to);
    }
    expect(record.timeline.filter((e) => e.kind === 'status').map((e) => e.status)).toEqual([
      'waiting_for_provider',
      'rejected',
      'escalated',
      'closed',
    ]);
  });

  const refused: [CaseStatus, CaseStatus][] = [
    ['open', 'resolved'],
    ['open', 'escalated'],
    ['open', 'open'],
    ['waiting_for_provider', 'open'],
    ['resolved', 'rejected'],
    ['escalated', 'waiting_for_provider'],
    ['closed', 'open'],
    ['closed', 'escalated'],
  ];
  it.each(refused)('refuses %s → %s and leaves the case unchanged', (from, to) => {
    const record = paypalCase({ status: from });
    expect(() => transitionCase(record, to, later(1))).toThrow(CaseTransitionError);
    expect(() => transitionCase(record, to, later(1))).toThrow(`"${from}" to "${to}"`);
    expect(record.status).toBe(from);
  });

  it('lets nothing leave closed and everything else reach closed', () => {
    for (const status of CASE_STATUSES) {
      expect(canTransition(status, 'closed')).toBe(status !== 'closed');
    }
    expect(TRANSITIONS.closed).toEqual([]);
  });

  it('an outcome on a closed case is refused', () => {
    const closed = paypalCase({ status: 'closed' });
    expect(() =>
      setOutcome(closed, { result: 'resolved', at: '2026-11-26T10:00:00.000+08:00' }, later(5)),
    ).toThrow(CaseTransitionError);
  });
});

describe('case operations', () => {
  it('logging a contact on an open case moves it to waiting for the provider', () => {
    const record = addContact(
      paypalCase(),
      {
        id: 'c6a1e0f2-3b4d-4e5f-8a9b-0c1d2e3f4a5b',
        channel: 'phone',
        at: '2026-11-25T15:00:00.000+08:00',
        agentName: 'Lee',
        employeeId: 'A1024',
        promisedBy: '2026-11-30',
      },
      later(60),
    );
    expect(record.status).toBe('waiting_for_provider');
    expect(record.contacts).toHaveLength(1);
    expect(record.lastNewsAt).toBe('2026-11-25T15:03:00.000+08:00');
    expect(record.timeline.map((e) => e.kind)).toEqual(['created', 'contact', 'status']);
  });

  it('links the same evidence once', () => {
    const link = {
      captureId: 'e3f1c2d4-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
      sha256: 'a'.repeat(64),
      capturedAt: '2026-11-25T14:04:00.000+08:00',
      mimeType: 'image/png',
    };
    const once = linkEvidence(paypalCase(), link, later(2));
    expect(linkEvidence(once, link, later(3))).toBe(once);
    expect(once.evidence).toEqual([link]);
  });

  it('escalating records the channel and moves the case', () => {
    const rejected = paypalCase({ status: 'rejected' });
    const escalated = escalateCase(
      rejected,
      { channelId: 'uk-fos', at: '2026-12-20T09:00:00.000+08:00' },
      later(10),
    );
    expect(escalated.status).toBe('escalated');
    expect(escalated.escalation?.channelId).toBe('uk-fos');
  });

  it('refuses facts of the wrong type', () => {
    expect(() => updateFacts(paypalCase(), { amount: 'twelve' } as never, 'GB', later(1))).toThrow(
      /amount/,
    );
  });
});

describe('cases store', () => {
  it('is its own database at version 1 with the cases store', async () => {
    const db = await openCasesDb();
    expect(db.name).toBe('wallet-assist-cases');
    expect(db.version).toBe(CASES_DB_VERSION);
    expect([...db.objectStoreNames]).toEqual(['cases']);
  });

  it('stores, reads and lists the newest change first', async () => {
    const db = await openCasesDb();
    const first = paypalCase();
    const second = paypalCase({
      id: '1c2d3e4f-5a6b-4c7d-8e9f-a0b1c2d3e4f5',
      updatedAtUtc: '2026-11-26T00:00:00.000Z',
    });
    await addCase(db, first);
    await addCase(db, second);
    expect(await getCase(db, first.id)).toEqual(first);
    const { records, invalid } = await listCases(db);
    expect(records.map((r) => r.id)).toEqual([second.id, first.id]);
    expect(invalid).toEqual([]);
  });

  it('updates in one transaction and writes nothing when the change throws', async () => {
    const db = await openCasesDb();
    const record = paypalCase();
    await addCase(db, record);
    await expect(
      updateCase(db, record.id, (c) => transitionCase(c, 'resolved', SHANGHAI)),
    ).rejects.toThrow(CaseTransitionError);
    expect(await getCase(db, record.id)).toEqual(record);
    const moved = await updateCase(db, record.id, (c) =>
      transitionCase(c, 'waiting_for_provider', later(1)),
    );
    expect((await getCase(db, record.id))?.status).toBe('waiting_for_provider');
    expect(moved.status).toBe('waiting_for_provider');
    await expect(updateCase(db, '9f9f9f9f-9f9f-4f9f-8f9f-9f9f9f9f9f9f', (c) => c)).rejects.toThrow(
      CaseNotFoundError,
    );
  });

  it('reports a stored record that no longer parses instead of dropping it', async () => {
    const db = await openCasesDb();
    const broken = { ...paypalCase(), status: 'lost' };
    await db.put('cases', broken as never);
    const { records, invalid } = await listCases(db);
    expect(records).toEqual([]);
    expect(invalid).toHaveLength(1);
    expect(invalid[0]!.error).toMatch(/status/);
    expect(await db.count('cases')).toBe(1);
  });
});

describe('importing a case', () => {
  it('imports a valid exported case.json', async () => {
    const db = await openCasesDb();
    const record = paypalCase();
    const imported = await importCase(db, JSON.stringify(record, null, 2));
    expect(imported).toEqual(record);
    expect(await getCase(db, record.id)).toEqual(record);
  });

  it('rejects unknown fields with a message naming them, and stores nothing', async () => {
    const db = await openCasesDb();
    const existing = paypalCase({ id: '2d3e4f5a-6b7c-4d8e-9f0a-b1c2d3e4f5a6' });
    await addCase(db, existing);
    const bad = { ...paypalCase(), hacked: true, facts: { ...paypalCase().facts, extra: 'x' } };
    await expect(importCase(db, JSON.stringify(bad))).rejects.toThrow(/hacked/);
    await expect(importCase(db, JSON.stringify(bad))).rejects.toThrow(/extra/);
    expect((await listCases(db)).records).toEqual([existing]);
  });

  it('rejects wrong types with a message naming the field, and stores nothing', async () => {
    const db = await openCasesDb();
    const bad = { ...paypalCase(), contacts: [{ channel: 'pigeon', at: 12 }] };
    const error = await importCase(db, bad).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^Invalid case/);
    expect((error as Error).message).toMatch(/contacts/);
    expect(await db.count('cases')).toBe(0);
  });

  it('rejects text that is not JSON and an id that already exists', async () => {
    const db = await openCasesDb();
    await expect(importCase(db, '{not json')).rejects.toThrow('not JSON');
    const record = paypalCase();
    await addCase(db, record);
    const changed = { ...record, status: 'closed' };
    await expect(importCase(db, JSON.stringify(changed))).rejects.toThrow(/already exists/);
    expect(await getCase(db, record.id)).toEqual(record);
  });

  it('parseCase accepts exactly what createCase makes', () => {
    const record = paypalCase();
    expect(parseCase(JSON.parse(JSON.stringify(record)))).toEqual(record);
  });
});
