import { useEffect, useState } from 'preact/hooks';
import { readChecklistTicks, setChecklistTick } from '../lib/client/tabs';
import type { MessageKey } from '../lib/i18n';
import { useI18n } from './i18n';

/**
 * Steps to work through, in order. With a tab, each step can be ticked and the ticks are
 * remembered for that tab (shared by the popup and the side panel); advice lists are read-only.
 */
export function Checklist({
  listId,
  steps,
  tabId,
  title,
  tickable = true,
}: {
  listId: string;
  steps: readonly MessageKey[];
  tabId: number | null;
  title?: string;
  tickable?: boolean;
}) {
  const { t } = useI18n();
  const [ticked, setTicked] = useState<readonly string[]>([]);
  useEffect(() => {
    setTicked([]);
    if (tabId === null || !tickable) return;
    let live = true;
    readChecklistTicks(tabId, listId)
      .then((value) => live && setTicked(value))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [tabId, listId, tickable]);

  const toggle = (step: MessageKey, value: boolean) => {
    const next = value ? [...ticked, step] : ticked.filter((s) => s !== step);
    setTicked(next);
    if (tabId !== null) void setChecklistTick(tabId, listId, step, value).catch(() => undefined);
  };
  const headingId = `checklist-title-${listId}`;
  const done = steps.filter((s) => ticked.includes(s)).length;
  return (
    <section class="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title ?? t('popup.checklist')}</h2>
      <ol class="checklist" data-list={listId}>
        {steps.map((key) => (
          <li key={key} data-key={key} class={ticked.includes(key) ? 'checklist__done' : ''}>
            {tickable ? (
              <label class="checklist__step">
                <input
                  type="checkbox"
                  checked={ticked.includes(key)}
                  onChange={(event) => toggle(key, event.currentTarget.checked)}
                />
                <span>{t(key)}</span>
              </label>
            ) : (
              t(key)
            )}
          </li>
        ))}
      </ol>
      {tickable && (
        <p class="checklist__progress muted" aria-live="polite">
          {t('checklist.progress', { done, total: steps.length })}
          {tabId !== null && <> · {t('checklist.remembered')}</>}
        </p>
      )}
    </section>
  );
}
