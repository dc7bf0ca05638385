import { mountPage } from '../../components/boot';
import { LockerApp } from '../../components/evidence/LockerApp';
import '../../components/styles.css';
import '../../components/evidence/evidence.css';

performance.mark('locker-start');
void mountPage(<LockerApp />);
