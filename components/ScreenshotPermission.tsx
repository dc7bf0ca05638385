import { useEffect, useState } from 'preact/hooks';
import {
  hasDetectionScreenshots,
  removeDetectionScreenshots,
  requestDetectionScreenshots,
} from '../lib/client/permissions';
import { useI18n } from './i18n';

/**
 * The switch for screenshots at the moment a problem is detected, with the reason the browser
 * needs a broader permission for it. The permission is requested only from this click.
 */
export function ScreenshotPermission({ enabled }: { enabled: boolean }) {
  const { t } = useI18n();
  const [granted, setGranted] = useState<boolean | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void hasDetectionScreenshots().then(setGranted, () => setGranted(false));
  }, []);
  const change = (on: boolean) => {
    // Requested at once, inside the click: browsers grant permissions only during a gesture.
    const asked = on ? requestDetectionScreenshots() : removeDetectionScreenshots();
    void asked
      .then(async () => {
        const now = await hasDetectionScreenshots();
        setGranted(now);
        setStatus(on && !now ? t('options.evidence.screenshot.denied') : '');
      })
      .catch(async () => {
        setGranted(await hasDetectionScreenshots().catch(() => false));
        setStatus(t('options.evidence.screenshot.denied'));
      });
  };
  return (
    <div class="options__permission">
      <label class="options__choice">
        <input
          type="checkbox"
          name="detectionScreenshots"
          checked={granted === true}
          disabled={granted === null || !enabled}
          aria-describedby="screenshot-why"
          onChange={(event) => change(event.currentTarget.checked)}
        />
        {t('options.evidence.screenshot')}
      </label>
      <p id="screenshot-why" class="muted">
        {t('options.evidence.screenshot.why')}
      </p>
      {status && <p role="status">{status}</p>}
    </div>
  );
}
