/** What was wrong with a bundle; the UI shows `import.problem.<problem>` with `subject`. */
export type ImportProblem =
  | 'notZip'
  | 'missingFile'
  | 'malformedJson'
  | 'unknownVersion'
  | 'invalidManifest'
  | 'invalidRecords'
  | 'badHash'
  | 'badRecordHash'
  | 'conflict'
  | 'unsafePath'
  | 'duplicateEntry'
  | 'unexpectedEntry'
  | 'sizeMismatch'
  | 'tooLarge';

/** A rejected bundle. Nothing stored was changed. */
export class ImportError extends Error {
  override name = 'ImportError';
  constructor(
    readonly problem: ImportProblem,
    /** The file or record the problem is about. */
    readonly subject: string,
    detail: string,
  ) {
    super(`${subject}: ${detail}`);
  }
}
