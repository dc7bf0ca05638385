import { mountPage } from '../../components/boot';
import { readLockerList } from '../../components/data/evidence';
import { LockerApp } from '../../components/evidence/LockerApp';
import '../../components/styles.css';
import '../../components/evidence/evidence.css';

performance.mark('locker-start');
// The list is read while the page starts, together with the language, so the first render shows
// the first rows (if reading fails, the locker reads again itself).
void mountPage(
  readLockerList().then(
    (list) => <LockerApp initialList={list} />,
    () => <LockerApp />,
  ),
);
