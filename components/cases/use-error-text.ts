import { MessageError } from '../../lib/messages';
import { useI18n } from '../i18n';

/** Turns a failed request into the text shown to the person. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useI18n();
  return (error) =>
    error instanceof MessageError ? t(`error.${error.code}`) : t('error.internal');
}
