import { useCallback, useState } from 'preact/hooks';
import { MessageError } from '../../lib/client/messages';
import { useI18n } from '../i18n';

/**
 * Turns a failed request into the text shown to the person. For data the background found
 * invalid, the detail (which field, why) follows, so the person can correct it.
 */
export function useErrorText(): (error: unknown) => string {
  const { t } = useI18n();
  return (error) => {
    if (!(error instanceof MessageError)) return t('error.internal');
    const text = t(`error.${error.code}`);
    return error.code === 'caseInvalid' ? `${text} ${error.message}` : text;
  };
}

/**
 * Runs the actions of one form or card: while one runs, `busy` is true; a failure is turned
 * into the person's text in `error` (and logged), so cards do not each repeat that handling.
 * `run` resolves with the action's result, or `undefined` when it failed.
 */
export function useAction(): {
  run: <T>(action: () => Promise<T>) => Promise<T | undefined>;
  busy: boolean;
  error: string | null;
} {
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async <T>(action: () => Promise<T>): Promise<T | undefined> => {
      setBusy(true);
      setError(null);
      try {
        return await action();
      } catch (reason) {
        if (!(reason instanceof MessageError)) console.error('Wallet Assist:', reason);
        setError(errorText(reason));
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [errorText],
  );
  return { run, busy, error };
}
