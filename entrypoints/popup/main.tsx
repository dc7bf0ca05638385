import { browserLanguages, mountPage } from '../../components/boot';
import { PopupApp } from '../../components/PopupApp';
import { takePendingNumber } from '../../lib/client/numbers';
import { findTarget } from '../../lib/client/tabs';
import '../../components/styles.css';

// `?check=pending`: opened by the context menu's "Check this number" with the selection waiting.
const checking = new URLSearchParams(location.search).get('check') === 'pending';

void mountPage(
  Promise.all([
    findTarget(location.search),
    checking ? takePendingNumber().catch(() => null) : null,
  ]).then(([target, pending]) => (
    <PopupApp
      target={target}
      languages={browserLanguages()}
      initialNumber={checking ? (pending ?? '') : undefined}
    />
  )),
);
