import { mountPage } from '../../components/boot';
import { WelcomeApp } from '../../components/WelcomeApp';
import { browserFamily, extensionVersion } from '../../lib/client/navigation';
import { notableSince } from '../../lib/welcome';
import '../../components/styles.css';

// Opened after an install, or with `?updated=<previous version>` after an update that brought
// notable changes; also reachable from the options page.
const previous = new URLSearchParams(location.search).get('updated');
void mountPage(
  <WelcomeApp
    browser={browserFamily()}
    notable={previous ? notableSince(previous, extensionVersion()) : []}
  />,
);
