import { browserLanguages, mountPage } from '../../components/boot';
import { SidePanel } from '../../components/SidePanel';
import { loadTarget } from '../../lib/client/tabs';
import '../../components/styles.css';
import '../../components/cases/cases.css';

// A side panel opened for one tab (`?tabId=`) stays with it; otherwise it follows the active tab.
const search = location.search;
void mountPage(
  loadTarget(search).then(({ target, tabState }) => (
    <SidePanel
      initial={target}
      initialTabState={tabState}
      follow={!new URLSearchParams(search).has('tabId')}
      languages={browserLanguages()}
    />
  )),
);
