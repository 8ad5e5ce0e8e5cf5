import { kebab } from '../../../src/content/scaffold/propose-slug.ts';
import { dump } from 'js-yaml';
import { body } from './body.ts';
import type { Rng } from './rng.ts';
import { cap, vocabulary } from './vocabulary.ts';

export interface GeneratedPage {
  slug: string;
  category: string;
  title: string;
}

/** Everything one page is made from, drawn once per page. */
export interface Spec extends GeneratedPage {
  tool: string;
  tools: string[];
  code: string;
  subject: string;
  predicate: string;
  object: string;
  template: number;
  flavor: (typeof vocabulary.flavors)[string];
}

function signatureFor(s: Spec, r: Rng): string {
  const path = `/home/dev/${s.slug.split('-')[0]}-app/src/${r.pick(['index', 'client', 'worker', 'build', 'main'])}.js`;
  const S = cap(s.subject);
  switch (s.template) {
    case 0:
      return `${s.flavor.cli} error ${s.code}: ${S} ${s.predicate} (${s.object})`;
    case 1:
      return `Error [${s.code}]: ${S} ${s.predicate} in ${s.object}\n    at ${r.pick(['loadConfig', 'resolveEntry', 'runTask', 'openSession'])} (${path}:${r.int(10, 400)}:${r.int(2, 40)})\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)`;
    case 2:
      return `{"type":"error","error":{"type":"${s.code}","message":"${S} ${s.predicate} for ${s.object}"}}`;
    case 3:
      return `fatal: ${s.subject} ${s.predicate}: ${s.object}\nhint: ${s.code}; see '${s.flavor.cli} help ${s.subject.split(' ')[0]!.toLowerCase()}'`;
    case 4:
      return `ERROR: ${s.code} ${s.subject} ${s.predicate} while reading ${s.object} at ${path}`;
    default:
      return `${s.tool} failed: ${s.code}\n  ${S} ${s.predicate}.\n  Context: ${s.object}`;
  }
}

/** The later of the issue's date and `updated`, the earlier going to the issue: a thread is opened before the page that cites it is checked. */
function openedBefore(issue: { date?: string }, updated: string): string {
  if (!issue.date || issue.date <= updated) return updated;
  const later = issue.date;
  issue.date = updated;
  return later;
}

/** One page's file: frontmatter written by js-yaml (the parser Astro reads it with), then the body. */
export function page(s: Spec, r: Rng, related: Spec[]): string {
  const org = `${r.pick(vocabulary.orgs)}${r.pick(vocabulary.orgSuffixes)}`;
  const repo = kebab(s.tool);
  const issue = r.int(100, 9999);
  const date = () => `${r.int(2024, 2026)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
  const picked = r.sample(vocabulary.causes, r.int(3, 5));
  const causes = picked.map(([, h]) => `${cap(h)}, so the ${s.subject} ${s.predicate}.`);
  const fixes = r
    .sample(vocabulary.fixes, r.int(1, 3))
    .map((f, i) => `${cap(f)}${i === 0 ? `: \`${r.pick(s.flavor.commands)}\` shows the current state` : ''}.`);
  const sources = [
    {
      title: `${s.tool} docs: ${s.subject} reference`,
      url: `https://github.com/${org}/${repo}/blob/main/docs/${s.subject.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.md`,
      kind: 'official',
    },
    {
      title: `${org}/${repo}#${issue}: ${s.code} ${s.predicate}`,
      url: `https://github.com/${org}/${repo}/issues/${issue}`,
      kind: 'issue',
      date: date(),
    } as { title: string; url: string; kind: string; date?: string },
    ...(r.chance(0.5)
      ? [
          ((n) => ({
            title: `${org}/${repo}#${n}: Discussion: ${s.subject} ${s.predicate} on the ${s.object}`,
            url: `https://github.com/${org}/${repo}/discussions/${n}`,
            kind: 'forum',
          }))(r.int(100, 9999)),
        ]
      : []),
  ];
  const status = r.pick(['open', 'workaround', 'fixed'] as const);
  const summary = `${cap(s.subject)} ${s.predicate} for the ${s.object}; ${r.pick(vocabulary.fixes)}.`;
  const faq = r.sample(
    [
      [
        `Is ${s.code} a bug in ${s.tool}?`,
        `Usually not: the check is deliberate and protects the ${s.object}. It becomes a bug report when it fails on a clean setup, with a fresh ${s.subject} and no proxy in between; include the debug output and the exact version when you report it.`,
      ],
      [
        `Why does it only happen on CI?`,
        `CI runners start from a fresh ${s.subject}, use another user and often another network path, so state that exists locally is missing there. Print the environment and the resolved configuration at the start of the job and compare them with your machine.`,
      ],
      [
        `Can I silence the error?`,
        `Some versions accept a flag to skip the check, but the ${s.subject} stays wrong and the next command fails later with a less clear message. Fix the cause instead; the steps above take a few minutes.`,
      ],
      [
        `Does it affect other people on my team?`,
        `Only those who share the ${s.object}. Each clone or machine keeps its own ${s.subject}, so one person can be blocked while everyone else works normally.`,
      ],
    ],
    r.int(2, 3),
  );
  // Keys in the order a writer would put them; every random pick in the order the
  // generator has always made them, so a seed still gives the same pages.
  const updated = openedBefore(sources[1]!, date());
  const data = {
    title: s.title,
    summary: summary.length <= 160 ? summary : `${cap(s.subject)} ${s.predicate}.`,
    signature: signatureFor(s, r),
    variants: [`${s.code}: ${s.subject} ${s.predicate}`, `${r.pick(s.tools)} error: ${s.predicate} (${s.code})`].slice(0, r.int(1, 2)),
    category: s.category,
    tools: s.tools,
    ...(r.chance(0.4) && { affects: [`${s.tool} ${r.int(1, 9)}.${r.int(0, 20)}+`] }),
    causes,
    quickFixes: fixes,
    prevention: r.chance(0.7)
      ? [
          `Pin the ${s.tool} version in CI so the ${s.subject} format does not change under you.`,
          `Keep one source of truth for the ${s.object} and load it from there.`,
        ].slice(0, r.int(1, 2))
      : [],
    sources,
    updated,
    verified: updated,
    status,
    ...(status === 'fixed' && { fixedIn: `${s.tool} ${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 9)}` }),
    related: related.map((x) => x.slug),
    faq: faq.map(([question, answer]) => ({ question, answer })),
  };
  return [
    '---',
    dump(data, { lineWidth: -1 }).trimEnd(),
    '---',
    '',
    body(
      s,
      r,
      picked.map(([t]) => t),
      causes,
      related,
    ),
  ].join('\n');
}
