import { strFromU8 } from 'fflate';
import { looksLikeZip, openCaseBundle } from '../cases/import-bundle';
import type { CaseRecord } from '../cases/schema';
import { openEvidenceDb } from '../evidence/db';
import { storeCheckedBundle, undoImport, type ImportResult } from '../evidence/import';
import { send } from './messages';

/**
 * Imports a case file picked by the person: an exported case bundle (ZIP) or a bare `case.json`.
 * A bundle is checked once, whole (every file and hash, and the case itself, which must be new)
 * before anything is stored; then its evidence is stored, then its case. If the case cannot be
 * stored after all, the evidence this import added is taken back: the case and its evidence
 * arrive together or not at all, and a case never points at evidence that failed to import.
 */
export async function importCaseFile(
  bytes: Uint8Array,
  fileName: string,
): Promise<{ record: CaseRecord; evidence: ImportResult | null }> {
  if (!looksLikeZip(bytes)) {
    return { record: await send('cases/import', { json: strFromU8(bytes) }), evidence: null };
  }
  const { json, bundle } = await openCaseBundle(bytes);
  await send('cases/check-import', { json });
  const db = await openEvidenceDb();
  const evidence = await storeCheckedBundle(db, bundle, new Date(), fileName);
  try {
    return { record: await send('cases/import', { json }), evidence };
  } catch (error) {
    await undoImport(db, evidence);
    throw error;
  }
}
