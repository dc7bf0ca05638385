import type { CaseRecord } from '../../lib/cases/schema';
import { useCase } from '../data/cases';
import { useErrorText } from '../data/errors';
import { useI18n } from '../i18n';
import { CallLogCard } from './cards/CallLogCard';
import { DescriptionCard } from './cards/DescriptionCard';
import { EscalationCard } from './cards/EscalationCard';
import { EvidenceCard } from './cards/EvidenceCard';
import { ExportCard } from './cards/ExportCard';
import { FactsCard } from './cards/FactsCard';
import { OutcomeCard } from './cards/OutcomeCard';
import { StatusCard } from './cards/StatusCard';
import { TimelineCard } from './cards/TimelineCard';
import { CaseProvider } from '../data/cases';

/**
 * One case: status, facts, description, calls, evidence, outcome, escalation, export and
 * timeline, one card each. Every card reads the case and changes it through the case handle.
 * `initial` is the case when the page read it before rendering.
 */
export function CaseView({ id, initial }: { id: string; initial?: CaseRecord | null }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const { data: record, error, change } = useCase(id, initial);
  if (error) return <p role="alert">{errorText(error)}</p>;
  if (record === undefined) return <p class="muted">{t('cases.loading')}</p>;
  if (record === null) return <p role="alert">{t('cases.notFound')}</p>;
  return (
    <CaseProvider value={{ record, change }}>
      <div class="case" data-case-id={record.id} data-status={record.status}>
        <p>
          <a href="#">{t('cases.back')}</a>
        </p>
        <StatusCard />
        <FactsCard />
        <DescriptionCard />
        <CallLogCard />
        <EvidenceCard />
        <OutcomeCard />
        <EscalationCard />
        <ExportCard />
        <TimelineCard />
      </div>
    </CaseProvider>
  );
}
