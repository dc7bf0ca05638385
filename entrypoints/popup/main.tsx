import { browserLanguages, mountPage } from '../../components/boot';
import { PopupApp } from '../../components/PopupApp';
import { findTarget } from '../../lib/client/tabs';
import '../../components/styles.css';

void mountPage(
  findTarget(location.search).then((target) => (
    <PopupApp target={target} languages={browserLanguages()} />
  )),
);
