import { mountPage } from '../../components/boot';
import { readLockerList } from '../../components/data/evidence';
import { LockerApp } from '../../components/evidence/LockerApp';
import '../../components/styles.css';
import '../../components/evidence/evidence.css';
import { takeEarlySummaries } from '../../lib/client/early-summaries';

performance.mark('locker-start');
// The list was read while the page's code loaded (entrypoints/locker-start.ts); it is validated
// now, together with the language, so the first render shows the first rows (if reading fails,
// the locker reads again itself).
void mountPage(
  readLockerList(takeEarlySummaries()).then(
    (list) => <LockerApp initialList={list} />,
    () => <LockerApp />,
  ),
);
