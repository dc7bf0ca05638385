import type { ComponentChildren } from 'preact';
import { PopupApp, type PopupTarget } from './PopupApp';
import { useI18n } from './i18n';

/**
 * The side panel: the same help as the popup, kept open beside the page during a support call.
 * `extra` is the slot for the call-log quick entry, shown under the complaint-case button.
 */
export function SidePanel({
  target,
  languages,
  extra,
}: {
  target: PopupTarget;
  languages: readonly string[];
  extra?: ComponentChildren;
}) {
  const { t } = useI18n();
  return (
    <PopupApp
      target={target}
      languages={languages}
      variant="sidepanel"
      extra={
        extra ? (
          <section class="card call-log-slot" aria-label={t('panel.callLog')}>
            {extra}
          </section>
        ) : null
      }
    />
  );
}
