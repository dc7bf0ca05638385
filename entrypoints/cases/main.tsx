import { browserLanguages, mountPage } from '../../components/boot';
import { CasesApp, routeFromLocation, type FirstCase } from '../../components/cases/CasesApp';
import { loadCase } from '../../components/data/cases';
import '../../components/styles.css';
import '../../components/cases/cases.css';

// A case's address: the case is asked for at once, with the language, so the first render shows
// it (if the answer fails, the case view asks again and shows why).
const route = routeFromLocation(location.search, location.hash);
const firstCase: Promise<FirstCase | undefined> =
  route.kind === 'case'
    ? loadCase(route.id).then(
        (record) => ({ id: route.id, record }),
        () => undefined,
      )
    : Promise.resolve(undefined);

void mountPage(
  firstCase.then((first) => <CasesApp languages={browserLanguages()} firstCase={first} />),
);
