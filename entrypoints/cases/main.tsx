import { browserLanguages, mountPage } from '../../components/boot';
import { CasesApp } from '../../components/cases/CasesApp';
import '../../components/styles.css';
import '../../components/cases/cases.css';

void mountPage(<CasesApp languages={browserLanguages()} />);
