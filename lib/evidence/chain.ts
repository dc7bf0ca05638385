import { canonicalJson, sha256HexSync } from './sha256-sync';
import type { AccessLogEntry, CaptureDraft, CaptureRecord, ChainLink, DeletedLink } from './schema';

/** The head of the local chain, kept in the `meta` store. */
export interface ChainHead {
  chainId: string;
  seq: number;
  recordHash: string | null;
}

/**
 * Fields that may change after capture, which the record hash leaves out: the person's notes,
 * tags, case link and redacted copies, and `origin`, which the importing device writes.
 */
export const ANNOTATIONS = ['notes', 'tags', 'caseId', 'redactions', 'origin'] as const;

/**
 * The part of a record the hash covers: everything fixed at capture time, with the chain
 * position but without the hash itself. Annotations are left out because they change later.
 */
function hashedCore(record: CaptureDraft, link: Omit<ChainLink, 'recordHash'>): unknown {
  const core: Record<string, unknown> = { ...record };
  for (const key of ANNOTATIONS) delete core[key];
  core.chain = { chainId: link.chainId, seq: link.seq, prevHash: link.prevHash };
  return core;
}

/** SHA-256 (hex) of a record's hashed core at the given chain position. */
export function computeRecordHash(
  record: CaptureDraft,
  link: Omit<ChainLink, 'recordHash'>,
): string {
  return sha256HexSync(new TextEncoder().encode(canonicalJson(hashedCore(record, link))));
}

/** Appends `draft` after `head`, returning the chained record and the new head. */
export function linkRecord(
  draft: CaptureDraft,
  head: ChainHead,
): { record: CaptureRecord; head: ChainHead } {
  const position = { chainId: head.chainId, seq: head.seq + 1, prevHash: head.recordHash };
  const recordHash = computeRecordHash(draft, position);
  const record: CaptureRecord = { ...draft, chain: { ...position, recordHash } };
  return { record, head: { chainId: head.chainId, seq: position.seq, recordHash } };
}

/** A problem `verifyChain` found. */
export interface ChainBreak {
  recordId: string;
  chainId: string;
  seq: number;
  reason: 'hash-mismatch' | 'link-mismatch' | 'missing-records';
}

/** What `verifyChain` reports. */
export interface ChainReport {
  checked: number;
  chains: number;
  /** The first broken link in chain order, or `null` when everything holds. */
  firstBreak: ChainBreak | null;
  /** Gaps in imported chains (records not in the bundle), which are expected, not breaks. */
  importedGaps: number;
  /** Records captured on this device (the local chain) and records imported from bundles. */
  own: number;
  imported: number;
  /** Imported records whose details were masked by their exporter: their hash cannot be checked. */
  unverifiable: number;
}

/**
 * The group a record is checked in: its chain, except that imported records never join the local
 * chain, whatever chain id they claim. A forged bundle can copy this device's chain id and
 * continue its numbering; kept apart, it can neither break nor lengthen the person's own chain.
 */
function groupOf(record: CaptureRecord): string {
  return record.origin ? `imported:${record.chain.chainId}` : record.chain.chainId;
}

/**
 * Checks every record's hash and every link. Records are checked chain by chain in `seq` order;
 * a gap is accepted when the access log names the deleted records that fill it, and in imported
 * chains (bundles may hold a selection); anywhere else it is a break.
 */
export function verifyChain(
  records: readonly CaptureRecord[],
  log: readonly AccessLogEntry[],
  localChainId: string | null,
): ChainReport {
  const deleted = new Map<string, DeletedLink>();
  for (const entry of log)
    for (const link of entry.deleted ?? []) deleted.set(link.recordHash, link);
  const byChain = new Map<string, CaptureRecord[]>();
  for (const record of records) {
    const group = groupOf(record);
    const list = byChain.get(group) ?? [];
    list.push(record);
    byChain.set(group, list);
  }
  const breaks: ChainBreak[] = [];
  let importedGaps = 0;
  let unverifiable = 0;
  // The local chain first, then the others by id: a stable order for "the first break".
  const chainIds = [...byChain.keys()].sort((a, b) =>
    a === localChainId ? -1 : b === localChainId ? 1 : a.localeCompare(b),
  );
  for (const group of chainIds) {
    const list = byChain.get(group)!.sort((a, b) => a.chain.seq - b.chain.seq);
    let previous: CaptureRecord | null = null;
    for (const record of list) {
      const { chain } = record;
      const at = { recordId: record.id, chainId: chain.chainId, seq: chain.seq };
      // An imported record whose details its exporter masked cannot match its hash: it is
      // counted as not checkable rather than as a break.
      if (record.origin?.detailsMasked) {
        unverifiable++;
      } else if (computeRecordHash(record, chain) !== chain.recordHash) {
        breaks.push({ ...at, reason: 'hash-mismatch' });
        break;
      }
      const expectedPrev = previous?.chain.recordHash ?? null;
      const expectedSeq = (previous?.chain.seq ?? 0) + 1;
      if (chain.seq === expectedSeq) {
        if (chain.prevHash !== expectedPrev) {
          breaks.push({ ...at, reason: 'link-mismatch' });
          break;
        }
      } else if (!bridges(chain.prevHash, expectedPrev, deleted)) {
        if (group === localChainId) {
          breaks.push({ ...at, reason: 'missing-records' });
          break;
        }
        importedGaps++;
      }
      previous = record;
    }
  }
  // Breaks were found group by group in `chainIds` order, so the first one is the first break.
  const imported = records.filter((r) => r.origin).length;
  return {
    checked: records.length,
    chains: byChain.size,
    firstBreak: breaks[0] ?? null,
    importedGaps,
    own: records.length - imported,
    imported,
    unverifiable,
  };
}

/** True when logged deletions lead from `prevHash` back to `expected`. */
function bridges(
  prevHash: string | null,
  expected: string | null,
  deleted: ReadonlyMap<string, DeletedLink>,
): boolean {
  let hash = prevHash;
  for (let guard = 0; guard <= deleted.size; guard++) {
    if (hash === expected) return true;
    const link = hash === null ? undefined : deleted.get(hash);
    if (!link) return false;
    hash = link.prevHash;
  }
  return false;
}
