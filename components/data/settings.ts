import { useEffect, useState } from 'preact/hooks';
import { loadSettings, watchSettings, type Settings } from '../../lib/client/settings';

/**
 * The settings, kept current when another page (or the in-page prompt) changes them. The setter
 * shows a value before it is stored; the stored (validated) value follows and replaces it.
 */
export function useSettings(): [Settings | null, (next: Settings) => void, () => void] {
  const [settings, setSettings] = useState<Settings | null>(null);
  const reload = () => void loadSettings().then(setSettings);
  useEffect(() => {
    reload();
    return watchSettings(reload);
  }, []);
  return [settings, setSettings, reload];
}
