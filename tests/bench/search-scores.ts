/** The figures of `bench-search.ts`: top-1, top-3, uncovered not marked strong and median time, overall and per kind. */

export interface Case {
  expect: string | null;
  /** The page that will cover it, once written: counts as `expect` when the site has it. */
  expect_next?: string;
  text: string;
  /** message, prose, mixed, traceback, localized, negative; cases from before kinds were noted have none. */
  kind?: string;
  source?: string;
}

export interface Outcome {
  case: Case;
  /** The slug that should rank first, or null for an error no page covers. */
  expect: string | null;
  match: string | null;
  slugs: string[];
  ms: number;
}

export function expectedSlug(c: Case, built: (slug: string) => boolean): string | null {
  return c.expect ?? (c.expect_next && built(c.expect_next) ? c.expect_next : null);
}

/** Cases without a kind were collected before kinds existed: mostly the error message alone. */
const UNLABELLED = 'unlabelled';

function figures(outcomes: readonly Outcome[]) {
  const covered = outcomes.filter((o) => o.expect !== null);
  const uncovered = outcomes.filter((o) => o.expect === null);
  const ms = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  return {
    cases: outcomes.length,
    covered: covered.length,
    uncovered: uncovered.length,
    top1: covered.filter((o) => o.slugs[0] === o.expect).length,
    top3: covered.filter((o) => o.slugs.slice(0, 3).includes(o.expect!)).length,
    notStrong: uncovered.filter((o) => o.match !== 'strong').length,
    /** Covered errors found first and marked strong: how often the search is sure when it is right. */
    strongRight: covered.filter((o) => o.slugs[0] === o.expect && o.match === 'strong').length,
    medianMs: Math.round(ms[Math.floor(ms.length / 2)] ?? 0),
  };
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');
const share = (n: number, d: number) => (d ? Math.round((1000 * n) / d) / 1000 : null);

export function summarize(outcomes: readonly Outcome[]) {
  const line = (label: string, f: ReturnType<typeof figures>) =>
    `${label.padEnd(11)} ${String(f.cases).padStart(4)} cases  top-1 ${pct(f.top1, f.covered).padStart(6)} (${f.top1}/${f.covered})  top-3 ${pct(f.top3, f.covered).padStart(6)}  uncovered not strong ${pct(f.notStrong, f.uncovered).padStart(6)} (${f.notStrong}/${f.uncovered})  right and strong ${pct(f.strongRight, f.covered).padStart(6)}  median ${f.medianMs} ms`;
  const kinds = [...new Set(outcomes.map((o) => o.case.kind ?? UNLABELLED))].sort();
  const perKind = Object.fromEntries(kinds.map((k) => [k, figures(outcomes.filter((o) => (o.case.kind ?? UNLABELLED) === k))]));
  const overall = figures(outcomes);
  const failures = outcomes
    .filter((o) => (o.expect === null ? o.match === 'strong' : o.slugs[0] !== o.expect))
    .map((o) => {
      const text = o.case.text.slice(0, 80).replace(/\s+/g, ' ');
      return o.expect === null
        ? `[${o.case.kind ?? UNLABELLED}] uncovered marked strong → ${o.slugs[0]}: ${text}`
        : `[${o.case.kind ?? UNLABELLED}] expected ${o.expect}, got [${o.slugs.slice(0, 3).join(', ')}] (${o.match}): ${text}`;
    });
  const compact = (f: ReturnType<typeof figures>) => ({
    cases: f.cases,
    top1: share(f.top1, f.covered),
    top3: share(f.top3, f.covered),
    uncovered_not_strong: share(f.notStrong, f.uncovered),
    right_and_strong: share(f.strongRight, f.covered),
    median_ms: f.medianMs,
  });
  return {
    lines: [line('all', overall), ...kinds.map((k) => line(k, perKind[k]!))],
    failures,
    json: { ...compact(overall), kinds: Object.fromEntries(kinds.map((k) => [k, compact(perKind[k]!)])) },
  };
}
