import { browserLanguages, mountPage } from '../../components/boot';
import { PopupApp } from '../../components/PopupApp';
import { takePendingNumber } from '../../lib/client/numbers';
import { loadTarget } from '../../lib/client/tabs';
import '../../components/styles.css';

// `?check=pending`: opened by the context menu's "Check this number" with the selection waiting.
const checking = new URLSearchParams(location.search).get('check') === 'pending';

// The tab, its detection and (in mountPage) the language are read at once, so the first render
// already shows the problem, its checklist and the contacts.
void mountPage(
  Promise.all([
    loadTarget(location.search),
    checking ? takePendingNumber().catch(() => null) : null,
  ]).then(([{ target, tabState }, pending]) => (
    <PopupApp
      target={target}
      initialTabState={tabState}
      languages={browserLanguages()}
      initialNumber={checking ? (pending ?? '') : undefined}
    />
  )),
);
