// The registry's meta-checks, as functions over any provider or rule list, so the registry test
// runs them on every file and a test can feed them a deliberately broken provider. Each problem
// is one sentence that says what is wrong and where to fix it.
import { z } from 'zod';
import type { EscalationChannel } from '../../lib/cases/escalation';
import { detectBlocks, matchText } from '../../lib/detect/engine';
import { GENERIC_PAGE_HINTS } from '../../lib/detect/page-hints';
import { classifyPage, matchesHint } from '../../lib/detect/page-type';
import { RuleDefinitionSchema, type RuleDefinition } from '../../lib/detect/rule-schema';
import { compileRules } from '../../lib/detect/rules';
import { TRIGGER } from '../../lib/detect/trigger';
import { hostMatches, providerForUrl } from '../../lib/providers';
import type { Provider } from '../../lib/providers/schema';

/** Where `file`'s rules are judged: every rule that may run beside them on a page. */
export interface RuleContext {
  /** The rules a page of this provider runs (its own and the generic ones). */
  pageRules: readonly RuleDefinition[];
}

/**
 * Problems with `rules` as written in `file`: malformed data, a missing positive or negative
 * example, a positive example the rule does not fire on, that the TRIGGER prefilter would skip
 * or that is reported as another state, a negative example on which any rule of the page fires.
 */
export function ruleProblems(
  file: string,
  rules: readonly RuleDefinition[],
  context: RuleContext,
): string[] {
  const problems: string[] = [];
  const pageRules = compileRules(context.pageRules);
  for (const rule of rules) {
    const where = `rule ${rule.id} in ${file}`;
    const missing = [
      rule.examples?.positive?.length
        ? ''
        : `${where} has no positive example: add examples.positive (a message the wallet shows that the rule must fire on)`,
      rule.examples?.negative?.length
        ? ''
        : `${where} has no negative example: add examples.negative (a question, conditional, help-article sentence or success message on the same topic that must not fire)`,
    ].filter(Boolean);
    if (missing.length > 0) {
      problems.push(...missing);
      continue;
    }
    const parsed = RuleDefinitionSchema.safeParse(rule);
    if (!parsed.success) {
      problems.push(`${where} is malformed: ${z.prettifyError(parsed.error)}`);
      continue;
    }
    const [compiled] = compileRules([rule]);
    for (const text of rule.examples.positive) {
      if (!TRIGGER.test(text)) {
        problems.push(
          `${where}: positive example "${text}" contains no TRIGGER word, so the prefilter would skip it: add its key word to TRIGGER in lib/detect/trigger.ts`,
        );
      } else if (matchText(text, [compiled!], TRIGGER).length === 0) {
        problems.push(
          `${where} does not fire on its positive example "${text}": fix the pattern or the example`,
        );
      } else {
        // Shown alone in an alert, the example must come out as the rule's state: the corpus
        // expects exactly that of the page it builds from the example.
        const reported = detectBlocks([{ text, region: 'alert' }], pageRules, 'app')?.state;
        if (reported !== rule.state) {
          problems.push(
            `${where}: its positive example "${text}" is reported as ${reported ?? 'nothing'}, not ${rule.state}, because other rules outweigh it: change the example or narrow the other rules`,
          );
        }
      }
    }
    for (const text of rule.examples.negative) {
      const fired = matchText(text, pageRules).map((r) => r.id);
      if (fired.length > 0) {
        problems.push(
          `${where}: ${fired.join(', ')} fire${fired.length === 1 ? 's' : ''} on its negative example "${text}": narrow the pattern or change the example`,
        );
      }
    }
  }
  return problems;
}

/** The rest of the world a provider is checked against. */
export interface RegistryContext {
  /** Every registered provider (`PROVIDERS`). */
  registered: readonly Provider[];
  /** The escalation table (`ESCALATION_CHANNELS`). */
  channels: readonly EscalationChannel[];
  /** The generic rules, which run beside the provider's own. */
  genericRules: readonly RuleDefinition[];
}

/** Every official link of a provider that a person may open. */
function contactLinks(provider: Provider): string[] {
  const c = provider.contacts;
  return [c.contactPage.url, c.helpCentre?.url, ...c.complaintPages.map((l) => l.url)].filter(
    (u): u is string => u !== undefined,
  );
}

/**
 * Problems with the provider exported by `lib/providers/<file>.ts`: its id and registration,
 * phone sources, rules and their examples, page hints and their examples, sample pages (on its
 * own hosts, of the kind they claim, in every language of its rules), escalation coverage of
 * its regions, and links outside its hosts. An empty list means the file is complete.
 */
export function providerProblems(
  file: string,
  provider: Provider,
  context: RegistryContext,
): string[] {
  const problems: string[] = [];
  const id = provider.id;
  const path = `lib/providers/${file}.ts`;

  if (id !== file) problems.push(`${path} declares id "${id}": the id must equal the file name`);
  if (!context.registered.includes(provider)) {
    problems.push(
      `${path} is not registered: import it in lib/providers/registry.ts and add it to PROVIDERS`,
    );
  }

  for (const phone of provider.contacts.phones) {
    if (!phone.source.url && !phone.source.citation) {
      problems.push(
        `provider ${id}: phone ${phone.number} names no source: add source.url or source.citation in ${path}, or leave the number out`,
      );
    }
  }

  // The directory offers every provider: each must give at least one way in whose source is
  // recorded (the contact page's, a number's or an e-mail address's).
  const c = provider.contacts;
  const sourcedRoute =
    c.contactPage.source !== undefined ||
    c.phones.some((phone) => phone.use === 'call') ||
    c.emails.length > 0;
  if (!sourcedRoute) {
    problems.push(
      `provider ${id} offers no sourced route to its support: give contacts.contactPage a source, or add a sourced phone number or e-mail address, in ${path}`,
    );
  }

  problems.push(...detectionProblems(id, path, provider, context));

  // Escalation: somewhere to take a complaint in every region the provider names.
  for (const region of provider.regions) {
    const covered = context.channels.some(
      (channel) => channel.kind === 'channel' && channel.regions.includes(region),
    );
    if (!covered) {
      problems.push(
        `provider ${id} names region ${region} but no escalation channel covers ${region}: add one to lib/cases/escalation.ts`,
      );
    }
  }

  for (const link of contactLinks(provider)) {
    const host = new URL(link).hostname;
    if (![...provider.hosts, ...provider.supportHosts].some((p) => hostMatches(p, host))) {
      problems.push(
        `provider ${id}: link ${link} points outside its hosts and supportHosts: link to the wallet's own site in ${path}`,
      );
    }
  }
  return problems;
}

/**
 * Problems with a provider's detection data: rules named after it and behaving as their
 * examples say, page hints likewise, sample pages on its own hosts, of the kind they claim and
 * in every language of its rules. A directory-only provider (no hosts) has none to check.
 */
function detectionProblems(
  id: string,
  path: string,
  provider: Provider,
  context: RegistryContext,
): string[] {
  const problems: string[] = [];
  const detection = provider.detection;
  if (!detection) return problems;

  // Rules: named after the provider and their language, examples as declared.
  for (const rule of detection.rules) {
    if (!rule.id.startsWith(`${id}.`) || !rule.id.endsWith(`.${rule.lang.toLowerCase()}`)) {
      problems.push(
        `rule ${rule.id} in ${path} must be named ${id}.<name>.${rule.lang.toLowerCase()}`,
      );
    }
  }
  problems.push(
    ...ruleProblems(path, detection.rules, {
      pageRules: [...detection.rules, ...context.genericRules],
    }),
  );

  // Page hints match the paths they claim and only those.
  for (const kind of ['help', 'history'] as const) {
    for (const hint of detection.hints[kind]) {
      for (const example of hint.examples.positive) {
        if (!matchesHint([hint.pattern], example)) {
          problems.push(
            `provider ${id}: ${kind} hint ${hint.pattern} does not match its positive example ${example}: fix the pattern or the example in ${path}`,
          );
        }
      }
      for (const example of hint.examples.negative) {
        if (matchesHint([hint.pattern], example)) {
          problems.push(
            `provider ${id}: ${kind} hint ${hint.pattern} matches its negative example ${example}: narrow the pattern in ${path}`,
          );
        }
      }
    }
  }

  // Sample pages: on the provider's own hosts, and the kind of page they say they are.
  const samples = detection.samplePages;
  const helpPaths = detection.hints.help.map((h) => h.pattern);
  const historyPaths = detection.hints.history.map((h) => h.pattern);
  const kindOf = (url: string) => {
    if (classifyPage({ url, title: '', helpPaths }, GENERIC_PAGE_HINTS) === 'help') return 'help';
    return matchesHint(historyPaths, new URL(url).pathname) ? 'history' : 'app';
  };
  const claimed: [url: string, kind: 'app' | 'help' | 'history'][] = [
    [samples.app, 'app'],
    [samples.help, 'help'],
    [samples.history, 'history'],
    ...samples.locales.flatMap((l): [string, 'app' | 'help'][] => [
      [l.app, 'app'],
      ...(l.help ? [[l.help, 'help'] as [string, 'help']] : []),
    ]),
  ];
  for (const [url, kind] of claimed) {
    const host = new URL(url).hostname;
    if (!provider.hosts.some((pattern) => hostMatches(pattern, host))) {
      problems.push(
        `provider ${id}: sample page ${url} is not on its hosts (${provider.hosts.join(', ')}): use a URL of the wallet's own site in ${path}, or add its host to hosts`,
      );
    } else if (context.registered.includes(provider) && providerForUrl(url) !== provider) {
      problems.push(
        `provider ${id}: sample page ${url} belongs to provider ${providerForUrl(url)?.id}, whose hosts overlap: make the hosts in ${path} disjoint`,
      );
    }
    const actual = kindOf(url);
    // A history list is an app page; its hint is checked only when the provider declares one.
    const expected = kind === 'history' && historyPaths.length === 0 ? 'app' : kind;
    if (actual !== expected) {
      const fix =
        expected === 'help'
          ? `add a detection.hints.help pattern that matches its path`
          : expected === 'history'
            ? `add a detection.hints.history pattern that matches its path`
            : `use the app's own folder, or narrow detection.hints`;
      problems.push(
        `provider ${id}: sample ${kind} page ${url} is classified as ${actual === 'app' ? 'an app' : `a ${actual}`} page (lib/detect/page-type.ts): ${fix} in ${path}`,
      );
    }
  }
  const sampleLangs = new Set([samples.lang, ...samples.locales.map((l) => l.lang)]);
  for (const rule of detection.rules) {
    if (!sampleLangs.has(rule.lang)) {
      problems.push(
        `rule ${rule.id} is in ${rule.lang} but provider ${id} has no sample page in ${rule.lang}: add { lang: '${rule.lang}', app: … } to detection.samplePages.locales in ${path}`,
      );
    }
  }

  return problems;
}
