import { browser } from 'wxt/browser';
import { useEffect, useState } from 'preact/hooks';
import { caseClocks } from '../../lib/cases/case-clocks';
import { describeCase, formatCaseTime, type DescriptionForm } from '../../lib/cases/describe';
import { channelsForRegion, ESCALATION_REGIONS } from '../../lib/cases/escalation';
import { buildCaseZip, bundleFileName, evidenceFromStore } from '../../lib/cases/export';
import { escalationPacket } from '../../lib/cases/packet';
import type { CaseFacts, CaseRecord, CaseStatus } from '../../lib/cases/schema';
import { canTransition } from '../../lib/cases/status';
import { fromLocalInput, toLocalInput } from '../../lib/cases/time-input';
import type { CaptureRecord } from '../../lib/evidence/schema';
import { toOffsetIso } from '../../lib/evidence/time';
import { LOCALES, type Locale } from '../../lib/i18n';
import { sendMessage } from '../../lib/messages';
import { getProvider } from '../../lib/providers';
import { useI18n } from '../i18n';
import { ContactForm } from './ContactForm';
import { useErrorText } from './use-error-text';

type Update = (record: CaseRecord) => void;

function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** One case: status, facts, description, calls, evidence, outcome, escalation, export. */
export function CaseView({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const errorText = useErrorText();
  const [record, setRecord] = useState<CaseRecord | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    sendMessage('cases/get', { id })
      .then(setRecord)
      .catch((e) => setError(errorText(e)));
  }, [id]);
  if (error) return <p role="alert">{error}</p>;
  if (record === undefined) return <p class="muted">{t('cases.loading')}</p>;
  if (record === null) return <p role="alert">{t('cases.notFound')}</p>;
  const providerName = getProvider(record.providerId)?.name[locale] ?? record.providerId;
  return (
    <div class="case" data-case-id={record.id} data-status={record.status}>
      <p>
        <a href="#">{t('cases.back')}</a>
      </p>
      <StatusCard record={record} providerName={providerName} onChange={setRecord} />
      <FactsCard record={record} onChange={setRecord} />
      <DescriptionCard record={record} />
      <section class="card" aria-labelledby="contacts-title">
        <h2 id="contacts-title">{t('cases.contacts')}</h2>
        <ContactList record={record} />
        <ContactForm caseId={record.id} onSaved={setRecord} />
      </section>
      <EvidenceCard record={record} onChange={setRecord} />
      <OutcomeCard record={record} onChange={setRecord} />
      <EscalationCard record={record} providerName={providerName} onChange={setRecord} />
      <ExportCard record={record} />
      <TimelineCard record={record} />
    </div>
  );
}

function StatusCard({
  record,
  providerName,
  onChange,
}: {
  record: CaseRecord;
  providerName: string;
  onChange: Update;
}) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [error, setError] = useState<string | null>(null);
  // Resolved/rejected go through the outcome form and escalated through the escalation card,
  // so those moves carry their details.
  const simple: CaseStatus[] = ['waiting_for_provider', 'closed'];
  const move = (to: CaseStatus) =>
    sendMessage('cases/transition', { id: record.id, to })
      .then(onChange)
      .catch((e) => setError(errorText(e)));
  return (
    <section class="card state-header state-header--problem">
      <h1>
        {providerName} — {t(`state.${record.state}`)}
      </h1>
      <p>
        {t('cases.status')}:{' '}
        <strong class="case-status" data-status={record.status}>
          {t(`cases.status.${record.status}`)}
        </strong>
      </p>
      <div class="button-row">
        {simple
          .filter((to) => canTransition(record.status, to))
          .map((to) => (
            <button key={to} type="button" class="button" onClick={() => void move(to)}>
              {t('cases.move', { status: t(`cases.status.${to}`) })}
            </button>
          ))}
      </div>
      <ClockSummary record={record} />
      {error && <p role="alert">{error}</p>}
    </section>
  );
}

/**
 * The clocks that matter now, at the top of the case: a provider whose time is up (so the person
 * may escalate) and the person's own deadlines that are running.
 */
function ClockSummary({ record }: { record: CaseRecord }) {
  const { t, locale } = useI18n();
  const clocks = caseClocks(record, new Date(), deviceTimeZone()).filter(
    ({ clock, position }) =>
      position !== null && (clock.owner === 'you' ? !position.passed : position.passed),
  );
  if (clocks.length === 0) return null;
  return (
    <ul class="clock-summary">
      {clocks.map(({ channel, clock, position }) => (
        <li key={`${channel.id}/${clock.id}`} data-clock={clock.id}>
          {clock.owner === 'you'
            ? `${t('cases.clock.owner.you')}: ${clock.label[locale]} — ${position!.due}`
            : clock.whenPassed[locale]}
        </li>
      ))}
    </ul>
  );
}

const FACT_FIELDS = [
  ['merchant', 'cases.field.merchant', 120],
  ['amount', 'cases.field.amount', 20],
  ['currency', 'cases.field.currency', 3],
  ['amountText', 'cases.field.amountText', 80],
  ['transactionId', 'cases.field.transactionId', 80],
  ['errorCode', 'cases.field.errorCode', 60],
  ['pageTime', 'cases.field.pageTime', 80],
  ['device', 'cases.field.device', 200],
  ['browser', 'cases.field.browser', 200],
  ['timeZone', 'cases.field.timeZone', 64],
  ['url', 'cases.field.url', 2048],
] as const;

const LONG_FIELDS = [
  ['summary', 'cases.field.summary', 2000],
  ['tried', 'cases.field.tried', 2000],
  ['requested', 'cases.field.requested', 1000],
] as const;

function FactsCard({ record, onChange }: { record: CaseRecord; onChange: Update }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [status, setStatus] = useState<string | null>(null);
  const regions = [
    ...new Set([...(getProvider(record.providerId)?.regions ?? []), ...ESCALATION_REGIONS]),
  ];
  const save = async (form: HTMLFormElement) => {
    const data = new FormData(form);
    const facts: Record<string, string> = {};
    for (const [name] of [...FACT_FIELDS, ...LONG_FIELDS]) {
      const value = String(data.get(name) ?? '').trim();
      if (value) facts[name] = value;
    }
    const occurredAt = fromLocalInput(String(data.get('occurredAt') ?? ''));
    // Keep the stored offset when the wall-clock time was not changed.
    if (occurredAt) {
      facts.occurredAt =
        toLocalInput(record.facts.occurredAt) === toLocalInput(occurredAt) &&
        record.facts.occurredAt
          ? record.facts.occurredAt
          : occurredAt;
    }
    const region = String(data.get('region') ?? '');
    try {
      const updated = await sendMessage('cases/update-facts', {
        id: record.id,
        facts: facts as CaseFacts,
        ...(region ? { region } : {}),
      });
      setStatus(t('cases.saved'));
      onChange(updated);
    } catch (e) {
      setStatus(`${errorText(e)} ${e instanceof Error ? e.message : ''}`);
    }
  };
  return (
    <section class="card" aria-labelledby="facts-title">
      <h2 id="facts-title">{t('cases.facts')}</h2>
      <p class="muted">{t('cases.facts.hint')}</p>
      <form
        class="form-grid facts-form"
        // Re-read the stored facts only when they changed, so logging a call meanwhile does not
        // wipe edits that are not saved yet.
        key={record.timeline.filter((e) => e.kind === 'facts').length}
        onSubmit={(e) => {
          e.preventDefault();
          void save(e.currentTarget);
        }}
      >
        <label>
          {t('cases.field.occurredAt')}
          <input
            type="datetime-local"
            name="occurredAt"
            defaultValue={toLocalInput(record.facts.occurredAt)}
          />
        </label>
        {FACT_FIELDS.map(([name, label, max]) => (
          <label key={name}>
            {t(label)}
            <input name={name} maxLength={max} defaultValue={record.facts[name] ?? ''} />
          </label>
        ))}
        {LONG_FIELDS.map(([name, label, max]) => (
          <label key={name} class="form-grid__wide">
            {t(label)}
            <textarea
              name={name}
              rows={2}
              maxLength={max}
              defaultValue={record.facts[name] ?? ''}
            />
          </label>
        ))}
        <label>
          {t('cases.region')}
          <select name="region">
            <option value="" selected={!record.region}>
              —
            </option>
            {regions.map((r) => (
              <option key={r} value={r} selected={r === record.region}>
                {r}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" class="button button--primary">
          {t('cases.save')}
        </button>
        <p role="status" class="form-status">
          {status}
        </p>
      </form>
    </section>
  );
}

function CopyButton({ text }: { text: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      class="button"
      onClick={() =>
        void navigator.clipboard.writeText(text).then(
          () => setCopied(true),
          () => setCopied(false),
        )
      }
    >
      {copied ? t('cases.copied') : t('cases.copy')}
    </button>
  );
}

function DescriptionCard({ record }: { record: CaseRecord }) {
  const { t, locale } = useI18n();
  const [language, setLanguage] = useState<Locale>(locale);
  const [form, setForm] = useState<DescriptionForm>('written');
  const providerName = getProvider(record.providerId)?.name[language] ?? record.providerId;
  const text = describeCase(record, { locale: language, form, providerName });
  return (
    <section class="card" aria-labelledby="description-title">
      <h2 id="description-title">{t('cases.description')}</h2>
      <div class="button-row">
        <label>
          {t('cases.description.language')}{' '}
          <select
            name="description-language"
            value={language}
            onChange={(e) => {
              const value = e.currentTarget.value as Locale;
              if (LOCALES.includes(value)) setLanguage(value);
            }}
          >
            <option value="en">English</option>
            <option value="zh-CN">简体中文</option>
          </select>
        </label>
        <label>
          {t('cases.description.form')}{' '}
          <select
            name="description-form"
            value={form}
            onChange={(e) => setForm(e.currentTarget.value === 'phone' ? 'phone' : 'written')}
          >
            <option value="written">{t('cases.description.written')}</option>
            <option value="phone">{t('cases.description.phone')}</option>
          </select>
        </label>
        <CopyButton text={text} />
      </div>
      <textarea
        class="description"
        readOnly
        rows={16}
        value={text}
        aria-label={t('cases.description')}
      />
    </section>
  );
}

function ContactList({ record }: { record: CaseRecord }) {
  const { t } = useI18n();
  if (record.contacts.length === 0) return <p class="muted">{t('cases.contacts.none')}</p>;
  return (
    <ul class="contact-list">
      {record.contacts.map((c) => (
        <li key={c.id} data-contact-id={c.id}>
          <strong>
            {formatCaseTime(c.at)} · {t(`cases.channel.${c.channel}`)}
            {c.durationMinutes !== undefined
              ? ` · ${t('cases.contact.minutes', { count: c.durationMinutes })}`
              : ''}
          </strong>
          <dl>
            {c.agentName && <Pair label={t('cases.contact.agentName')} value={c.agentName} />}
            {c.employeeId && <Pair label={t('cases.contact.employeeId')} value={c.employeeId} />}
            {c.reference && <Pair label={t('cases.contact.reference')} value={c.reference} />}
            {c.said && <Pair label={t('cases.contact.said')} value={c.said} />}
            {c.promised && <Pair label={t('cases.contact.promised')} value={c.promised} />}
            {c.promisedBy && <Pair label={t('cases.contact.promisedBy')} value={c.promisedBy} />}
          </dl>
        </li>
      ))}
    </ul>
  );
}

function Pair({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}

function EvidenceCard({ record, onChange }: { record: CaseRecord; onChange: Update }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [captures, setCaptures] = useState<CaptureRecord[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    sendMessage('capture/list', { limit: 20 })
      .then(setCaptures)
      .catch(() => setCaptures([]));
  }, []);
  const linked = new Set(record.evidence.map((e) => e.sha256));
  // A capture can hold several files (screenshot, page snapshot…): link each by its hash.
  const link = async (capture: CaptureRecord) => {
    try {
      for (const artifact of capture.artifacts) {
        onChange(
          await sendMessage('cases/link-evidence', {
            id: record.id,
            link: {
              captureId: capture.id,
              sha256: artifact.sha256,
              capturedAt: capture.capturedAt,
              mimeType: artifact.mimeType,
            },
          }),
        );
      }
    } catch (e) {
      setError(errorText(e));
    }
  };
  const unlink = (sha256: string) =>
    sendMessage('cases/unlink-evidence', { id: record.id, sha256 })
      .then(onChange)
      .catch((e) => setError(errorText(e)));
  const available = captures.filter((c) => c.artifacts[0] && !linked.has(c.artifacts[0].sha256));
  return (
    <section class="card" aria-labelledby="evidence-title">
      <h2 id="evidence-title">{t('cases.evidence')}</h2>
      {record.evidence.length === 0 && <p class="muted">{t('cases.evidence.none')}</p>}
      <ul class="evidence-list">
        {record.evidence.map((e) => (
          <li key={e.sha256} data-sha256={e.sha256}>
            {formatCaseTime(e.capturedAt)} <code>{e.sha256}</code>{' '}
            <button type="button" class="button" onClick={() => void unlink(e.sha256)}>
              {t('cases.evidence.unlink')}
            </button>
          </li>
        ))}
      </ul>
      {available.length > 0 && (
        <>
          <h3>{t('cases.evidence.available')}</h3>
          <ul class="evidence-list evidence-list--available">
            {available.map((c) => (
              <li key={c.id} data-capture-id={c.id}>
                {formatCaseTime(c.capturedAt)} <code>{c.artifacts[0]!.sha256.slice(0, 16)}…</code>{' '}
                <button type="button" class="button" onClick={() => void link(c)}>
                  {t('cases.evidence.link')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}

function OutcomeCard({ record, onChange }: { record: CaseRecord; onChange: Update }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [status, setStatus] = useState<string | null>(null);
  const o = record.outcome;
  const canRecord = canTransition(record.status, 'resolved');
  const save = async (form: HTMLFormElement) => {
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const satisfaction = Number(text('satisfaction'));
    try {
      const updated = await sendMessage('cases/set-outcome', {
        id: record.id,
        outcome: {
          result: text('result') === 'rejected' ? 'rejected' : 'resolved',
          at: fromLocalInput(text('at')) ?? toOffsetIso(new Date()),
          ...(text('refundedAmount') ? { refundedAmount: text('refundedAmount') } : {}),
          ...(text('rejectionReason') ? { rejectionReason: text('rejectionReason') } : {}),
          ...(satisfaction >= 1 && satisfaction <= 5 ? { satisfaction } : {}),
          ...(text('notes') ? { notes: text('notes') } : {}),
        },
      });
      onChange(updated);
    } catch (e) {
      setStatus(`${errorText(e)} ${e instanceof Error ? e.message : ''}`);
    }
  };
  return (
    <section class="card" aria-labelledby="outcome-title">
      <h2 id="outcome-title">{t('cases.outcome')}</h2>
      {o && (
        <dl class="outcome">
          <Pair label={t('cases.outcome.result')} value={t(`cases.status.${o.result}`)} />
          <Pair label={t('cases.contact.at')} value={formatCaseTime(o.at)} />
          {o.refundedAmount && (
            <Pair label={t('cases.outcome.refunded')} value={o.refundedAmount} />
          )}
          {o.rejectionReason && (
            <Pair label={t('cases.outcome.reason')} value={o.rejectionReason} />
          )}
          {o.satisfaction !== undefined && (
            <Pair label={t('cases.outcome.satisfaction')} value={`${o.satisfaction}/5`} />
          )}
          {o.notes && <Pair label={t('cases.outcome.notes')} value={o.notes} />}
        </dl>
      )}
      {canRecord && (
        <form
          class="form-grid"
          onSubmit={(e) => {
            e.preventDefault();
            void save(e.currentTarget);
          }}
        >
          <label>
            {t('cases.outcome.result')}
            <select name="result">
              <option value="resolved">{t('cases.status.resolved')}</option>
              <option value="rejected">{t('cases.status.rejected')}</option>
            </select>
          </label>
          <label>
            {t('cases.contact.at')}
            <input
              type="datetime-local"
              name="at"
              defaultValue={toLocalInput(toOffsetIso(new Date()))}
            />
          </label>
          <label>
            {t('cases.outcome.refunded')}
            <input name="refundedAmount" inputMode="decimal" maxLength={20} />
          </label>
          <label>
            {t('cases.outcome.satisfaction')}
            <select name="satisfaction">
              <option value="">—</option>
              {[1, 2, 3, 4, 5].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
          <label class="form-grid__wide">
            {t('cases.outcome.reason')}
            <textarea name="rejectionReason" rows={2} maxLength={2000} />
          </label>
          <label class="form-grid__wide">
            {t('cases.outcome.notes')}
            <textarea name="notes" rows={2} maxLength={2000} />
          </label>
          <button type="submit" class="button button--primary">
            {t('cases.outcome.record')}
          </button>
          <p role="status" class="form-status">
            {status}
          </p>
        </form>
      )}
    </section>
  );
}

function EscalationCard({
  record,
  providerName,
  onChange,
}: {
  record: CaseRecord;
  providerName: string;
  onChange: Update;
}) {
  const { t, locale } = useI18n();
  const errorText = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const channels = channelsForRegion(record.region);
  const clocks = caseClocks(record, new Date(), deviceTimeZone());
  const escalate = (channelId: string) =>
    sendMessage('cases/escalate', {
      id: record.id,
      escalation: { channelId, at: toOffsetIso(new Date()) },
    })
      .then(onChange)
      .catch((e) => setError(errorText(e)));
  return (
    <section class="card escalation" aria-labelledby="escalation-title">
      <h2 id="escalation-title">{t('cases.escalation')}</h2>
      {record.escalation && (
        <p>
          <strong>
            {t('cases.escalation.done', {
              channel:
                channels.find((c) => c.id === record.escalation!.channelId)?.name[locale] ??
                record.escalation.channelId,
            })}
          </strong>{' '}
          · {formatCaseTime(record.escalation.at)}
        </p>
      )}
      {channels.length === 0 && <p class="muted">{t('cases.escalation.none')}</p>}
      {channels.map((channel) => (
        <article key={channel.id} class="channel" data-channel={channel.id}>
          <h3>{channel.name[locale]}</h3>
          {channel.caution && <p class="contacts__warning">{channel.caution[locale]}</p>}
          <ul class="channel__contact">
            {channel.url && (
              <li>
                <a href={channel.url} target="_blank" rel="noreferrer">
                  {channel.url}
                </a>
              </li>
            )}
            {channel.phones.map((p) => (
              <li key={p.number}>
                {p.number}
                {p.note ? ` (${p.note[locale]})` : ''}
              </li>
            ))}
            {channel.email && <li>{channel.email}</li>}
            {channel.postal && <li>{channel.postal}</li>}
          </ul>
          {channel.clocks.length > 0 && (
            <>
              <h4>{t('cases.clocks')}</h4>
              <ul class="clocks">
                {clocks
                  .filter((c) => c.channel.id === channel.id)
                  .map(({ clock, position }) => (
                    <li
                      key={clock.id}
                      data-clock={clock.id}
                      data-passed={position ? String(position.passed) : 'not-started'}
                    >
                      <span class="muted">{t(`cases.clock.owner.${clock.owner}`)}: </span>
                      {clock.label[locale]}
                      <br />
                      {position === null
                        ? t('cases.clock.notStarted')
                        : position.passed
                          ? clock.whenPassed[locale]
                          : t(
                              clock.unit === 'business_days'
                                ? 'cases.clock.businessDays'
                                : 'cases.clock.days',
                              {
                                elapsed: position.elapsed,
                                remaining: position.remaining,
                                due: position.due,
                              },
                            )}{' '}
                      <a href={clock.source} target="_blank" rel="noreferrer" class="muted">
                        {t('contacts.source')}
                      </a>
                    </li>
                  ))}
              </ul>
              {channel.clocks.some((c) => c.unit === 'business_days') && (
                <p class="muted">{t('cases.clock.holidays')}</p>
              )}
            </>
          )}
          <h4>{t('cases.escalation.steps')}</h4>
          <ol>
            {channel.steps.map((s) => (
              <li key={s.en}>{s[locale]}</li>
            ))}
          </ol>
          {channel.documents.length > 0 && (
            <>
              <h4>{t('cases.escalation.documents')}</h4>
              <ul>
                {channel.documents.map((d) => (
                  <li key={d.en}>{d[locale]}</li>
                ))}
              </ul>
            </>
          )}
          <details>
            <summary>{t('cases.escalation.packet')}</summary>
            <Packet text={escalationPacket(record, channel, { locale, providerName })} />
          </details>
          <p class="muted channel__sources">
            {t('cases.escalation.sources')}:{' '}
            {channel.sources.map((s, i) => (
              <span key={s}>
                {i > 0 && ' · '}
                <a href={s} target="_blank" rel="noreferrer">
                  {new URL(s).host}
                </a>
              </span>
            ))}
            {channel.citations.map((c) => (
              <span key={c}> · {c}</span>
            ))}
          </p>
          {channel.kind === 'channel' && canTransition(record.status, 'escalated') && (
            <button type="button" class="button" onClick={() => void escalate(channel.id)}>
              {t('cases.escalation.go')}
            </button>
          )}
        </article>
      ))}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}

function Packet({ text }: { text: string }) {
  return (
    <>
      <textarea class="description" readOnly rows={12} value={text} />
      <CopyButton text={text} />
    </>
  );
}

function ExportCard({ record }: { record: CaseRecord }) {
  const { t, locale } = useI18n();
  const [status, setStatus] = useState<string | null>(null);
  const provider = getProvider(record.providerId);
  const exportZip = async () => {
    try {
      const { bytes } = await buildCaseZip(record, {
        locale,
        providerName: provider?.name[locale] ?? record.providerId,
        providerNames: {
          en: provider?.name.en ?? record.providerId,
          'zh-CN': provider?.name['zh-CN'] ?? record.providerId,
        },
        now: new Date(),
        timeZone: deviceTimeZone(),
        evidence: evidenceFromStore,
        extensionVersion: browser.runtime.getManifest().version,
      });
      const name = bundleFileName(record);
      const url = URL.createObjectURL(
        new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
      );
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = name;
      anchor.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setStatus(t('cases.export.done', { name }));
    } catch (e) {
      console.error('Wallet Assist: case export failed', e);
      setStatus(t('error.internal'));
    }
  };
  return (
    <section class="card">
      <button type="button" class="button button--primary" onClick={() => void exportZip()}>
        {t('cases.export')}
      </button>
      <p role="status" class="form-status export-status">
        {status}
      </p>
    </section>
  );
}

function TimelineCard({ record }: { record: CaseRecord }) {
  const { t } = useI18n();
  return (
    <section class="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('cases.timeline')}</h2>
      <ol class="timeline">
        {record.timeline.map((event, i) => (
          <li key={i} data-kind={event.kind}>
            <time dateTime={event.at}>{formatCaseTime(event.at)}</time>{' '}
            {t(`cases.timeline.${event.kind}`)}
            {event.status ? ` — ${t(`cases.status.${event.status}`)}` : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}
