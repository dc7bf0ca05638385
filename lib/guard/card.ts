import { translate, type Locale, type MessageKey } from '../i18n';
import type { Provider } from '../providers';
import { dialablePhones } from '../providers/contacts';
import type { GuardWarningInput } from '../protocol/guard';
import type { GuardState } from './state';

/**
 * What the page guard's warning says, from the registry and the catalogues alone: the card in
 * the page, and the same explanation in the popup of that tab.
 */

/** A host name fit to show on the card: no run of digits that could be read as a number to call. */
function showableHost(host: string, provider: Provider): string | null {
  const official = new Set(provider.contacts.phones.map((p) => p.number.replace(/\D/g, '')));
  const runs = host.match(/\d{5,}/g) ?? [];
  return runs.every((run) => official.has(run)) ? host : null;
}

/** The card for a verdict, in `locale`, from the registry alone. */
export function warningCard(
  verdict: Pick<GuardState, 'kind' | 'reason' | 'url'>,
  provider: Provider,
  locale: Locale,
  region: string | null,
): GuardWarningInput {
  const t = (key: MessageKey, params: Record<string, string> = {}) =>
    translate(locale, key, { provider: provider.name[locale], ...params });
  const host = showableHost(new URL(verdict.url).hostname, provider);
  const seen =
    verdict.kind === 'lookalike'
      ? verdict.reason === 'clone'
        ? t('guard.seen.clone')
        : host
          ? t('guard.seen.lookalike', { host })
          : t('guard.seen.lookalikeNoHost')
      : t(`guard.seen.${verdict.kind}`);
  const { contacts } = provider;
  return {
    locale,
    label: t('guard.label'),
    title: t(`guard.title.${verdict.kind}`),
    seen,
    routeTitle: t('guard.route'),
    ...(contacts.inApp ? { inApp: contacts.inApp[locale] } : {}),
    link: {
      url: contacts.contactPage.url,
      label: contacts.contactPage.label?.[locale] ?? t('contacts.openContactPage'),
    },
    phones: dialablePhones(contacts.phones, region)
      .slice(0, 2)
      .map((phone) => ({
        number: phone.number,
        label: `${phone.region[locale]} · ${phone.purpose[locale]}`,
      })),
    advice: [...provider.safetyFacts.map((f) => f.text[locale]), t('scams.fakeNumbers')].slice(
      0,
      3,
    ),
    openHelp: t('guard.openHelp'),
    dismiss: t('guard.dismiss'),
  };
}
