import { strFromU8 } from 'fflate';
import { checkBundle, ImportError, type CheckedBundle } from '../evidence/import';
import { CASE_JSON_PATH } from './export';

/** A ZIP starts with the local-file signature `PK\x03\x04` (an empty one with `PK\x05\x06`). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    ((bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06))
  );
}

/**
 * Opens an exported case bundle, reading it once: the whole bundle must pass the evidence check
 * (every file, the case files included, has the SHA-256 its manifest lists) and must carry
 * `case/case.json`. Returns that file's text for the case import, which validates it strictly,
 * and the checked evidence. Throws {@link ImportError} naming the problem; nothing is stored here.
 */
export async function openCaseBundle(
  zip: Uint8Array,
): Promise<{ json: string; bundle: CheckedBundle }> {
  const bundle = await checkBundle(zip);
  const bytes = bundle.extraFiles.get(CASE_JSON_PATH);
  if (!bytes) throw new ImportError('missingFile', CASE_JSON_PATH, 'not a case bundle');
  return { json: strFromU8(bytes), bundle };
}
