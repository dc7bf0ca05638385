import { useEffect, useState } from 'preact/hooks';
import { disableGuard, enableGuard, guardPermitted } from '../../lib/client/guard';
import { useI18n } from '../i18n';

/**
 * The page guard's switch: asking the browser for access to all sites happens here, straight
 * from the click, with what the guard does and why it needs that access written beside it.
 */
export function GuardOption({ enabled }: { enabled: boolean }) {
  const { t } = useI18n();
  const [permitted, setPermitted] = useState<boolean | null>(null);
  const [note, setNote] = useState('');
  useEffect(() => {
    let live = true;
    void guardPermitted().then((value) => live && setPermitted(value));
    return () => {
      live = false;
    };
  }, [enabled]);
  const toggle = (on: boolean) => {
    setNote('');
    // The permission request must be the first thing the click does (Firefox refuses it after
    // anything else was awaited).
    const done = on ? enableGuard() : disableGuard().then(() => false);
    done.then(
      (granted) => {
        setPermitted(granted);
        if (on && !granted) setNote(t('options.guard.denied'));
      },
      (error: unknown) => setNote(t('options.saveFailed', { error: String(error) })),
    );
  };
  return (
    <section class="card" aria-labelledby="opt-guard" data-guard-option>
      <h2 id="opt-guard">{t('options.guard')}</h2>
      <p>{t('options.guard.what')}</p>
      <p class="muted">{t('options.guard.why')}</p>
      <label class="options__choice">
        <input
          type="checkbox"
          name="guard"
          checked={enabled && permitted === true}
          onChange={(event) => toggle(event.currentTarget.checked)}
        />
        {t('options.guard.enable')}
      </label>
      {enabled && permitted === false && <p role="status">{t('options.guard.revoked')}</p>}
      {note && <p role="status">{note}</p>}
    </section>
  );
}
