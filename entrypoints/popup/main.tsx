import { browserLanguages, mountPage } from '../../components/boot';
import { PopupApp } from '../../components/PopupApp';
import { loadTarget } from '../../lib/client/tabs';
import '../../components/styles.css';

// The tab, its detection and (in mountPage) the language are read at once, so the first render
// already shows the problem, its checklist and the contacts.
void mountPage(
  loadTarget(location.search).then(({ target, tabState }) => (
    <PopupApp target={target} initialTabState={tabState} languages={browserLanguages()} />
  )),
);
