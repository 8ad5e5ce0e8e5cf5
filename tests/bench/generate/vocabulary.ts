import { readFileSync } from 'node:fs';
import type { Rng } from './rng.ts';

/** Word lists the generated pages are made of (data, in `vocabulary.json`); the shapes of codes are code. */
interface Vocabulary {
  codeParts: { UP: string[]; UP2: string[]; PRE: string[] };
  flavors: Record<string, { prefix: string; cli: string; tools: string[]; subjects: string[]; commands: string[] }>;
  predicates: string[];
  objects: string[];
  orgs: string[];
  orgSuffixes: string[];
  /** [short title, what happened]: the title heads the cause in the body, the rest is the frontmatter cause. */
  causes: Array<[string, string]>;
  fixes: string[];
  stepWhy: string[];
  verbs: string[];
}

export const vocabulary: Vocabulary = JSON.parse(readFileSync(new URL('./vocabulary.json', import.meta.url), 'utf8'));

export const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const { UP, UP2, PRE } = vocabulary.codeParts;
const low = (xs: string[]) => xs.map((x) => x.toLowerCase());

/** How error codes look in each category. */
export const CODES: Record<string, (r: Rng) => string> = {
  'ai-coding-tools': (r) => (r.chance(0.5) ? `${r.pick(UP)}_${r.pick(UP2)}` : `E${r.int(1000, 9999)}`),
  'anthropic-api': (r) =>
    r.chance(0.3) ? `${r.pick(low(UP))}_${r.pick(low(UP2))}_error` : `${r.pick(low(PRE))}_${r.pick(low(UP))}_${r.pick(low(UP2))}`,
  'openai-api': (r) =>
    r.chance(0.3) ? `${r.pick(low(UP))}_${r.pick(low(UP2))}` : `${r.pick(low(PRE))}_${r.pick(low(UP))}_${r.pick(low(UP2))}`,
  'node-npm': (r) => `ERR_${r.chance(0.3) ? 'PNPM' : r.pick(PRE)}_${r.pick(UP)}_${r.pick(UP2)}`,
  git: (r) => (r.chance(0.5) ? `GH${r.int(100, 999)}` : `GL-${r.int(1000, 9999)}`),
  docker: (r) => (r.chance(0.5) ? `${r.pick(UP)}_${r.pick(UP2)}` : `DKR${r.int(1000, 9999)}`),
  python: (r) => (r.chance(0.5) ? `${cap(r.pick(low(UP)))}${cap(r.pick(low(UP2)))}Error` : `PY${r.int(1000, 9999)}`),
  'web-typescript': (r) => `TS${r.int(1000, 9999)}`,
};
