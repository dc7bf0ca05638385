import { createContext } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import { send } from '../../lib/client/messages';
import type { CaseRecord } from '../../lib/cases/schema';
import type { MessageType, PayloadOf, ReplyOf } from '../../lib/protocol/table';
import { useQuery } from './query';

/** Messages that change one case and answer with it. */
export type CaseChange = {
  [T in MessageType]: T extends `cases/${string}`
    ? ReplyOf<T> extends CaseRecord
      ? PayloadOf<T> extends { id: string }
        ? T
        : never
      : never
    : never;
}[MessageType];

/** Every stored case (newest change first) and how many could not be read. */
export function useCases() {
  return useQuery(() => send('cases/list', {}), []);
}

/** One case, and the one way to change it: every change goes to the background. */
export interface CaseHandle {
  record: CaseRecord;
  /** Sends a change of this case; the stored result replaces the shown record. */
  change: <T extends CaseChange>(type: T, payload: Omit<PayloadOf<T>, 'id'>) => Promise<CaseRecord>;
}

/** The change function of case `id`; `onRecord` receives the stored result of each change. */
export function caseChanger(
  id: string,
  onRecord: (record: CaseRecord) => void,
): CaseHandle['change'] {
  return async (type, payload) => {
    const record = (await send(type, { ...payload, id } as PayloadOf<typeof type>)) as CaseRecord;
    onRecord(record);
    return record;
  };
}

/**
 * Loads case `id` and offers {@link CaseHandle.change}; `data` is `null` when not found.
 * `initial` is the case as the page read it before rendering (see {@link loadCase}).
 */
export function useCase(id: string, initial?: CaseRecord | null) {
  const query = useQuery(() => loadCase(id), [id], initial);
  const change = useMemo(() => caseChanger(id, query.set), [id, query.set]);
  return { ...query, change };
}

/** Reads case `id` (`null` when not found): a page starts this before it renders. */
export function loadCase(id: string): Promise<CaseRecord | null> {
  return send('cases/get', { id });
}

const CaseContext = createContext<CaseHandle | null>(null);

/** Gives every card of a case page the case and its change function. */
export const CaseProvider = CaseContext.Provider;

/** The case of the page (inside a {@link CaseProvider}). */
export function useCaseHandle(): CaseHandle {
  const handle = useContext(CaseContext);
  if (!handle) throw new Error('useCaseHandle needs a CaseProvider');
  return handle;
}
