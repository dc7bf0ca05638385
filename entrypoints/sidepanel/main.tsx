import { browserLanguages, mountPage } from '../../components/boot';
import { SidePanel } from '../../components/SidePanel';
import { findTarget } from '../../lib/client/tabs';
import '../../components/styles.css';
import '../../components/cases/cases.css';

// A side panel opened for one tab (`?tabId=`) stays with it; otherwise it follows the active tab.
const search = location.search;
void mountPage(
  findTarget(search).then((target) => (
    <SidePanel
      initial={target}
      follow={!new URLSearchParams(search).has('tabId')}
      languages={browserLanguages()}
    />
  )),
);
