import { caseClocks } from '../../../lib/cases/case-clocks';
import { formatCaseTime } from '../../../lib/cases/describe';
import { channelsForRegion } from '../../../lib/cases/escalation';
import { escalationPacket } from '../../../lib/cases/packet';
import { canTransition } from '../../../lib/cases/status';
import { toOffsetIso } from '../../../lib/evidence/time';
import { providerName } from '../../../lib/providers';
import { useCaseHandle } from '../../data/cases';
import { useAction } from '../../data/errors';
import { useI18n } from '../../i18n';
import { deviceTimeZone } from '../device';
import { CopyButton } from '../parts';

/**
 * Where to go when the provider does not resolve the case: the channels of the case's region
 * with their clocks, steps, documents, a ready-made packet and their sources.
 */
export function EscalationCard() {
  const { t, locale } = useI18n();
  const { record, change } = useCaseHandle();
  const { run, error } = useAction();
  const channels = channelsForRegion(record.region);
  const clocks = caseClocks(record, new Date(), deviceTimeZone());
  const escalate = (channelId: string) =>
    run(() => change('cases/escalate', { escalation: { channelId, at: toOffsetIso(new Date()) } }));
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
          · {formatCaseTime(record.escalation.at, undefined, locale)}
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
                      <span class="muted">
                        {t(`cases.clock.owner.${clock.owner}`)}
                        {t('ui.colon')}
                      </span>
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
            <Packet
              text={escalationPacket(record, channel, {
                locale,
                providerName: providerName(record.providerId, locale),
              })}
            />
          </details>
          <p class="muted channel__sources">
            {t('cases.escalation.sources')}
            {t('ui.colon')}
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
