import { useEffect, useState } from 'preact/hooks';
import { factsFromTabState, factsReadFromPage, guessRegion } from '../../lib/cases/prefill';
import type { CaseRecord } from '../../lib/cases/schema';
import { importCaseFile } from '../../lib/client/case-import';
import { send } from '../../lib/client/messages';
import { readTabStateOf } from '../../lib/client/tabs';
import { ImportError } from '../../lib/evidence/import';
import { getProvider, PROVIDERS, providerName } from '../../lib/providers';
import { isStateId, STATE_IDS, type StateId } from '../../lib/states';
import { useCases } from '../data/cases';
import { useErrorText } from '../data/errors';
import { useI18n } from '../i18n';
import { ProviderOptions } from '../ProviderOptions';
import { CaseView } from './CaseView';
import { deviceEnv } from './device';
import { QuickCallLog } from './QuickCallLog';

/** What the page's address asks for. */
type Route =
  | { kind: 'list' }
  | { kind: 'case'; id: string }
  | { kind: 'start-tab'; tabId: number }
  | { kind: 'quick'; tabId: number }
  | { kind: 'start-new'; providerId: string | null; state: StateId | null };

/**
 * Reads the page address: `#case=<id>` opens a case, `?start=<tabId>` starts one from that
 * tab's detection, `?start=new&provider=<id>&state=<state>` starts one for a problem the
 * extension did not detect, `?quick=<tabId>` shows only the quick call log for that tab (a small
 * window to keep open beside a call). Anything else shows the list.
 */
export function routeFromLocation(search: string, hash: string): Route {
  const caseId = /^#case=([0-9a-f-]{36})$/i.exec(hash)?.[1];
  if (caseId) return { kind: 'case', id: caseId };
  const params = new URLSearchParams(search);
  const quick = params.get('quick');
  if (quick !== null && /^\d+$/.test(quick)) return { kind: 'quick', tabId: Number(quick) };
  const start = params.get('start');
  if (start !== null && /^\d+$/.test(start)) return { kind: 'start-tab', tabId: Number(start) };
  if (start === 'new') {
    const provider = params.get('provider');
    const state = params.get('state');
    return {
      kind: 'start-new',
      providerId: provider && getProvider(provider) ? provider : null,
      state: isStateId(state) ? state : null,
    };
  }
  return { kind: 'list' };
}

function openCase(id: string) {
  // Replace the start address so a reload opens this case instead of starting another.
  history.replaceState(null, '', `${location.pathname}#case=${id}`);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/** The complaint cases page. */
export function CasesApp({ languages }: { languages: readonly string[] }) {
  const { t } = useI18n();
  const [route, setRoute] = useState<Route>(() =>
    routeFromLocation(location.search, location.hash),
  );
  useEffect(() => {
    const update = () => setRoute(routeFromLocation(location.search, location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  useEffect(() => {
    document.title = `${t('app.name')} — ${t('cases.title')}`;
  }, [t]);

  return (
    <main class="cases-page">
      {route.kind === 'list' && <CaseList languages={languages} />}
      {route.kind === 'case' && <CaseView id={route.id} />}
      {route.kind === 'quick' && <QuickCallLog tabId={route.tabId} />}
      {route.kind === 'start-tab' && <StartFromTab tabId={route.tabId} languages={languages} />}
      {route.kind === 'start-new' && (
        <NewCaseForm
          languages={languages}
          providerId={route.providerId}
          state={route.state}
          autoStart={route.providerId !== null && route.state !== null}
        />
      )}
    </main>
  );
}

async function startCase(
  providerId: string,
  state: StateId,
  facts: CaseRecord['facts'],
  languages: readonly string[],
  unconfirmed: CaseRecord['unconfirmed'] = [],
): Promise<CaseRecord> {
  const provider = getProvider(providerId);
  const region = guessRegion(languages, provider?.regions ?? []);
  return send('cases/create', {
    providerId,
    state,
    ...(region ? { region } : {}),
    facts,
    ...(unconfirmed.length ? { unconfirmed } : {}),
  });
}

/**
 * One click from a detection: the case starts with the page's facts, marked as read from the page
 * until the person checks them, then opens.
 */
function StartFromTab({ tabId, languages }: { tabId: number; languages: readonly string[] }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const [undetected, setUndetected] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const tabState = await readTabStateOf(tabId);
        if (!tabState || !tabState.state) {
          if (live) setUndetected(tabState?.providerId ?? null);
          return;
        }
        const facts = factsFromTabState(tabState, deviceEnv());
        const record = await startCase(
          tabState.providerId,
          tabState.state,
          facts,
          languages,
          factsReadFromPage(facts),
        );
        if (live) openCase(record.id);
      } catch (e) {
        if (live) setError(errorText(e));
      }
    })();
    return () => {
      live = false;
    };
  }, [tabId]);
  if (error) return <p role="alert">{error}</p>;
  if (undetected !== undefined) {
    return <NewCaseForm languages={languages} providerId={undetected} state={null} />;
  }
  return <p class="muted">{t('cases.starting')}</p>;
}

/** Starts a case for a problem the extension did not detect: choose the wallet and problem. */
function NewCaseForm(props: {
  languages: readonly string[];
  providerId: string | null;
  state: StateId | null;
  autoStart?: boolean;
}) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [providerId, setProviderId] = useState(props.providerId ?? PROVIDERS[0]!.id);
  const [state, setState] = useState<StateId>(props.state ?? 'payment_failed');
  const [error, setError] = useState<string | null>(null);
  const start = async () => {
    try {
      const record = await startCase(providerId, state, deviceEnvFacts(), props.languages);
      openCase(record.id);
    } catch (e) {
      setError(errorText(e));
    }
  };
  useEffect(() => {
    if (props.autoStart) void start();
  }, []);
  if (props.autoStart && !error) return <p class="muted">{t('cases.starting')}</p>;
  return (
    <section class="card">
      <h1>{t('cases.new')}</h1>
      <form
        class="form-grid"
        onSubmit={(e) => {
          e.preventDefault();
          void start();
        }}
      >
        <label>
          {t('cases.new.provider')}
          <select
            name="provider"
            value={providerId}
            onChange={(e) => setProviderId(e.currentTarget.value)}
          >
            <ProviderOptions />
          </select>
        </label>
        <label>
          {t('cases.new.state')}
          <select
            name="state"
            value={state}
            onChange={(e) => {
              const value = e.currentTarget.value;
              if (isStateId(value)) setState(value);
            }}
          >
            {STATE_IDS.map((s) => (
              <option key={s} value={s}>
                {t(`state.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" class="button button--primary">
          {t('cases.new')}
        </button>
      </form>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}

function deviceEnvFacts(): CaseRecord['facts'] {
  return factsFromTabState(null, deviceEnv());
}

/** Why an evidence bundle was refused, in the person's language. */
function useImportProblem(): (error: unknown) => string {
  const { t } = useI18n();
  return (error) =>
    error instanceof ImportError
      ? t(`import.problem.${error.problem}`, { subject: error.subject })
      : String(error);
}

/** All cases, newest change first, and the import. */
function CaseList({ languages }: { languages: readonly string[] }) {
  const { t, locale } = useI18n();
  const errorText = useErrorText();
  const importProblem = useImportProblem();
  const cases = useCases();
  const list = cases.data ?? null;
  const [message, setMessage] = useState<string | null>(null);
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      // An exported case bundle (ZIP) with its evidence, or a bare case.json: all or nothing.
      const { record, evidence } = await importCaseFile(
        new Uint8Array(await file.arrayBuffer()),
        file.name,
      );
      let done = t('cases.import.done');
      if (evidence) {
        done += ` ${t('locker.imported', { imported: evidence.imported, present: evidence.alreadyPresent })}`;
      }
      setMessage(done);
      openCase(record.id);
    } catch (e) {
      setMessage(
        e instanceof ImportError
          ? t('cases.import.badBundle', { problem: importProblem(e) })
          : errorText(e),
      );
    }
  };
  return (
    <>
      <section class="card">
        <h1>{t('cases.title')}</h1>
        {list === null && <p class="muted">{t('cases.loading')}</p>}
        {list && list.records.length === 0 && <p class="muted">{t('cases.list.empty')}</p>}
        {cases.error !== null && <p role="alert">{errorText(cases.error)}</p>}
        {list && list.invalid.length > 0 && (
          <p role="alert">{t('cases.list.invalid', { count: list.invalid.length })}</p>
        )}
        {list && list.records.length > 0 && (
          <ul class="case-list">
            {list.records.map((r) => (
              <li key={r.id} data-case-id={r.id}>
                <a href={`#case=${r.id}`}>
                  {providerName(r.providerId, locale)} · {t(`state.${r.state}`)}
                </a>{' '}
                <span class="status-pill" data-status={r.status}>
                  {t(`cases.status.${r.status}`)}
                </span>{' '}
                <span class="muted">{r.createdAt.slice(0, 10)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <NewCaseForm languages={languages} providerId={null} state={null} />
      <section class="card">
        <label>
          {t('cases.import')}
          <input
            type="file"
            accept="application/json,.json,application/zip,.zip"
            onChange={(e) => void importFile(e.currentTarget.files?.[0])}
          />
        </label>
        {message && (
          <p role="status" class="import-status">
            {message}
          </p>
        )}
      </section>
    </>
  );
}
