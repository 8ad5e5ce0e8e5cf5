import type { WeightedTerms } from '../wording-terms.ts';
import { distinctiveTerms, holds, matchWording, type PasteTerms } from './phrases.ts';
import { stem } from '../stem.ts';
import type { Retrieved } from './retrieve.ts';
import { PREDICATES } from './error-words.ts';
import { RANKING } from './settings.ts';
import { isOrExtends, toolsAgree, type ToolEvidence } from './tool-evidence.ts';

/**
 * Step 4, ranking: for each candidate, how much of one of the page's own wordings
 * (signature or a variant) the paste contains, as words and as phrases in order
 * (`phrases.ts`), weighted by build-time IDF; how many of the paste's words its descriptions
 * (title, summary, symptoms in reporters' words) hold, against the other candidates; then
 * whether the tool that printed the paste is one of the page's tools (`tool-evidence.ts`).
 * A paste that holds no page's wording is the reporter's own words: then the descriptions lead.
 */

export interface Ranked {
  id: string;
  score: number;
  /** Best coverage of one of the page's signature or variants (words and phrases), 0..1. */
  wordingCoverage: number;
  /** The paste's words its descriptions (title, summary, symptoms) hold, as a share of the best candidate's, 0..1. */
  descriptionShare: number;
  /** Distinctive terms of that wording that the paste lacks (`distinctiveTerms`). */
  missingDistinctive: string[];
  /** The paste shows it was printed by a tool that is none of the page's. */
  otherTool: boolean;
  queryCoverage: number;
  matchedTerms: string[];
  /** What the score is made of, for the benchmark's verbose output and anyone tuning `settings.ts`. */
  parts: string;
}

/** How much of one text the paste holds: its words anywhere and its phrases in order (`phrases.ts`). */
function coverage(wording: WeightedTerms, paste: PasteTerms): number {
  const { words, phrases } = matchWording(wording, paste);
  return (1 - RANKING.phraseWeight) * words + RANKING.phraseWeight * phrases;
}

/**
 * The signature or variant the paste holds most of, its IDF mass found, and its distinctive terms the
 * paste lacks: none when the paste holds another of the wordings at the strong level with all of
 * that wording's own (a paste of "You exceeded your current quota…" without the `openai.` prefix
 * that the wording it covers most names). `described`: the stems of the page's title and summary
 * (`describedStems`).
 */
export function bestWording(
  wordings: readonly WeightedTerms[],
  paste: PasteTerms,
  tools: ReadonlyArray<readonly string[]> = [],
  described: ReadonlySet<string> = new Set(),
): { coverage: number; mass: number; missing: string[] } {
  // A tool's first word names it ("claude", "docker", "npm"); "code" of "Claude Code" would not.
  const toolWords = new Set(tools.map((terms) => terms[0]!).filter(Boolean));
  const missingFrom = (wording: WeightedTerms) =>
    distinctiveTerms(wording, { predicates: PREDICATES, tools: toolWords, described, rarest: RANKING.distinctiveTerms }).filter(
      (t) => !holds(paste, t),
    );
  let best = { coverage: 0, mass: 0, missing: [] as string[] };
  let wholeAndDistinct = false;
  for (const wording of wordings) {
    const { mass } = matchWording(wording, paste);
    const c = coverage(wording, paste);
    const missing = missingFrom(wording);
    if (c >= RANKING.strongWording && missing.length === 0) wholeAndDistinct = true;
    if (c > best.coverage || (c === best.coverage && mass > best.mass)) best = { coverage: c, mass, missing };
  }
  return wholeAndDistinct ? { ...best, missing: [] } : best;
}

/** How a page names its error in its own words: the stems of its title and summary, its first two descriptions (`index-records.ts`). */
const describedStems = (c: Candidate) => new Set(c.descriptions.slice(0, 2).flatMap((d) => d.map(([t]) => stem(t))));

export interface Candidate extends Retrieved {
  wordings: readonly WeightedTerms[];
  /** Title, summary and symptoms (`index-records.ts`). */
  descriptions: readonly WeightedTerms[];
  /** Each tool's name as terms: "Claude Code" → ["claude", "code"]. */
  tools: ReadonlyArray<readonly string[]>;
}

/**
 * Words a reporter asks for help with ("why is this happening, how do I fix it, please help").
 * They say nothing about which error it is, yet they are rare in the pages, so their IDF is high,
 * and a page whose symptoms happen to hold one ("how do I fix…") gained as much as from a word of
 * the error itself.
 */
const ASKING = new Set('why how what help fix please hi hello thanks thank anyone someone'.split(' '));

/**
 * The IDF mass of the paste's terms found anywhere in a page's descriptions, words that only ask
 * for help aside. Reporters describe one situation with words spread over several symptoms
 * ("usage jumped", "while I was away", "no scheduled tasks"), so the descriptions are read as one
 * text, not one symptom at a time.
 */
function descriptionMass(descriptions: readonly WeightedTerms[], paste: PasteTerms): number {
  const found = new Map<string, number>();
  for (const description of descriptions)
    for (const [term, weight] of description) if (!ASKING.has(term) && holds(paste, term)) found.set(stem(term), weight);
  let mass = 0;
  for (const weight of found.values()) mass += weight;
  return mass;
}

/** Share of the paste's terms written with Latin letters or digits, as the pages are (1 for English). */
function latinShare(paste: PasteTerms): number {
  let latin = 0;
  for (const t of paste.terms) if (/[a-z0-9]/.test(t)) latin++;
  return paste.terms.size > 0 ? latin / paste.terms.size : 1;
}

/** Each value as a share of the largest (0 when all are 0): candidates compared with each other. */
const relative = (values: number[]) => {
  const top = Math.max(0, ...values);
  return values.map((v) => (top > 0 ? v / top : 0));
};

/** `evidence`: the tools that printed the paste; `named`: the tools it names (`namedTools`). */
export function rank(candidates: readonly Candidate[], paste: PasteTerms, evidence: ToolEvidence, named: ToolEvidence = []): Ranked[] {
  const wordings = candidates.map((c) => bestWording(c.wordings, paste, c.tools, describedStems(c)));
  // Siblings often print the very same message; then what sets them apart is how much of the
  // paste a page explains (a longer wording found whole: "hit your weekly limit" over "hit your
  // limit") and how many of the reporter's own words its descriptions hold.
  const specificity = relative(wordings.map((w) => w.mass)).map((share, i) => share * wordings[i]!.coverage);
  const masses = candidates.map((c) => descriptionMass(c.descriptions, paste));
  const descriptions = relative(masses);
  // Prose: no page's wording is in the paste, only words it shares with some of them ("limit",
  // "usage", "session"); a page with many variants would collect those. The reporter's words
  // are then compared with the reporters' words on the pages (symptoms) first.
  const prose = wordings.every((w) => w.coverage < RANKING.strongWording);
  const wordingFactor = prose ? RANKING.proseWordingFactor : 1;
  // A report in another language holds few words a page can: its English ones are mostly codes,
  // commands and names, not everyday words, so fewer of them are evidence enough.
  const minProseMass = RANKING.proseMinDescriptionMass * latinShare(paste);
  return candidates
    .map((c, i) => {
      const wording = wordings[i]!;
      const namesTool = c.tools.some(
        (terms) => terms.length > 0 && (terms.every((t) => holds(paste, t)) || named.some((tool) => isOrExtends(terms, tool))),
      );
      const agreement = toolsAgree(evidence, c.tools);
      const tool =
        agreement === false
          ? -RANKING.toolBonus
          : namesTool || agreement === 'same'
            ? RANKING.toolBonus
            : agreement === 'family'
              ? RANKING.familyToolBonus
              : 0;
      return {
        id: c.id,
        score:
          wordingFactor * RANKING.wordingWeight * wording.coverage +
          (1 - RANKING.wordingWeight) * c.queryCoverage +
          wordingFactor * RANKING.specificityWeight * specificity[i]! +
          RANKING.descriptionWeight * descriptions[i]! +
          tool,
        wordingCoverage: wording.coverage,
        descriptionShare: descriptions[i]!,
        missingDistinctive: wording.missing,
        otherTool: agreement === false,
        queryCoverage: c.queryCoverage,
        matchedTerms: c.matchedTerms,
        parts: `wording=${wording.coverage.toFixed(2)} query=${c.queryCoverage.toFixed(2)} specific=${specificity[i]!.toFixed(2)} descriptions=${descriptions[i]!.toFixed(2)} tool=${tool}`,
      };
    })
    .filter(
      (r, i) =>
        r.score >= RANKING.minScore &&
        Math.max(r.wordingCoverage, r.descriptionShare) >= RANKING.minWording &&
        // Its descriptions, or the part of one of its wordings the paste holds (a rare word of a
        // localized message: "无法推送一些引用到"), must weigh enough.
        (!prose || Math.max(masses[i]!, wordings[i]!.mass) >= minProseMass),
    )
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
}
