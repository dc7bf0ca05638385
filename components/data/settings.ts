import { useEffect, useState } from 'preact/hooks';
import {
  loadSettings,
  updateSettings,
  watchSettings,
  type LoadedSettings,
  type Settings,
} from '../../lib/client/settings';

/** The settings with their report (values kept aside, a newer version), kept current. */
export function useLoadedSettings(): LoadedSettings | null {
  const [loaded, setLoaded] = useState<LoadedSettings | null>(null);
  useEffect(() => {
    const load = () => void loadSettings().then(setLoaded);
    load();
    return watchSettings(load);
  }, []);
  return loaded;
}

/**
 * The settings in effect, kept current when another page (or the in-page prompt) changes them.
 * `show` puts up a value before it is stored; the stored (validated) value replaces it as soon as
 * it arrives, and `revert` drops it when the store refused it.
 */
export function useSettings(): {
  settings: Settings | null;
  show: (next: Settings) => void;
  revert: () => void;
} {
  const loaded = useLoadedSettings();
  const [shown, setShown] = useState<Settings | null>(null);
  useEffect(() => setShown(null), [loaded]);
  return {
    settings: shown ?? loaded?.settings ?? null,
    show: setShown,
    revert: () => setShown(null),
  };
}

/**
 * Settings a page lets the person change: `change` shows the new value at once, stores it
 * (validated) and reports in `status`; a refused value is reverted with the reason.
 */
export function useSettingsEditor(messages: { saved: string; failed: (error: string) => string }): {
  settings: Settings | null;
  change: (update: (current: Settings) => Settings) => void;
  status: string;
} {
  const { settings, show, revert } = useSettings();
  const [status, setStatus] = useState('');
  const change = (update: (current: Settings) => Settings) => {
    if (settings === null) return;
    // Shown at once; the stored (validated) value follows and replaces it.
    show(update(settings));
    updateSettings(update).then(
      () => setStatus(messages.saved),
      (error: unknown) => {
        setStatus(messages.failed(String(error)));
        revert();
      },
    );
  };
  return { settings, change, status };
}
