import { TOPIC_IDS, type TopicId } from '../lib/checklists';
import { STATE_IDS, type StateId } from '../lib/states';
import { useI18n } from './i18n';

/** A help subject the person picked from the menu rather than one detected on the page. */
export type Chosen = { kind: 'state'; state: StateId } | { kind: 'topic'; topic: TopicId };

/**
 * The menu for problems the page did not show (or that were not detected) and for general
 * advice: security check, password safety, refunds, finding the official contact, complaining.
 */
export function TopicMenu({
  chosen,
  onChoose,
  title,
}: {
  chosen: Chosen | null;
  onChoose: (choice: Chosen | null) => void;
  /** The menu's summary line (the default: the help menu's own). */
  title?: string;
}) {
  const { t } = useI18n();
  const isChosen = (choice: Chosen) =>
    chosen !== null &&
    chosen.kind === choice.kind &&
    (choice.kind === 'state'
      ? chosen.kind === 'state' && chosen.state === choice.state
      : chosen.kind === 'topic' && chosen.topic === choice.topic);
  const item = (choice: Chosen, label: string) => (
    <li key={label}>
      <button
        type="button"
        class="menu__item"
        aria-pressed={isChosen(choice)}
        onClick={() => onChoose(isChosen(choice) ? null : choice)}
      >
        {label}
      </button>
    </li>
  );
  return (
    <details class="card menu">
      <summary>{title ?? t('panel.menu')}</summary>
      <h3 id="menu-problems">{t('panel.menu.problems')}</h3>
      <ul class="menu__list" aria-labelledby="menu-problems">
        {STATE_IDS.map((state) => item({ kind: 'state', state }, t(`state.${state}`)))}
      </ul>
      <h3 id="menu-advice">{t('panel.menu.advice')}</h3>
      <ul class="menu__list" aria-labelledby="menu-advice">
        {TOPIC_IDS.map((topic) => item({ kind: 'topic', topic }, t(`topic.${topic}`)))}
      </ul>
      {chosen && (
        <button type="button" class="button menu__back" onClick={() => onChoose(null)}>
          {t('panel.menu.back')}
        </button>
      )}
    </details>
  );
}
