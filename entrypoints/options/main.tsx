import { mountPage } from '../../components/boot';
import { OptionsApp } from '../../components/OptionsApp';
import '../../components/styles.css';

void mountPage(<OptionsApp />);
