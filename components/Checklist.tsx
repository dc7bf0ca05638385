import { CHECKLISTS } from '../lib/checklists';
import type { StateId } from '../lib/states';
import { useI18n } from './i18n';

/** The steps for a trouble state, in the order to work through them. */
export function Checklist({ state }: { state: StateId }) {
  const { t } = useI18n();
  return (
    <section class="card" aria-labelledby="checklist-title">
      <h2 id="checklist-title">{t('popup.checklist')}</h2>
      <ol class="checklist" data-state={state}>
        {CHECKLISTS[state].map((key) => (
          <li key={key} data-key={key}>
            {t(key)}
          </li>
        ))}
      </ol>
    </section>
  );
}
