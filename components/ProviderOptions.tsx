import { PROVIDERS } from '../lib/providers';
import { useI18n } from './i18n';

/** One `<option>` per wallet of the registry, named in the page's language. */
export function ProviderOptions() {
  const { locale } = useI18n();
  return (
    <>
      {PROVIDERS.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name[locale]}
        </option>
      ))}
    </>
  );
}
