import { stem } from '../stem.ts';
import type { WeightedTerms } from '../wording-terms.ts';

/**
 * How much of one wording a paste holds, as words and as phrases. Word order matters: a
 * paste that starts "You've hit your session limit" holds the phrase "hit session limit"
 * of one page, while another page's "hit your usage limit" only finds its words scattered
 * through the prose. So each pair of neighbouring terms of a wording (a bigram: stop words
 * are already out on both sides) counts as found only when the paste has the same two terms
 * side by side, weighted by their IDF like the words. A wording's coverage mixes both.
 */

/** The paste as the ranking reads it: its distinct terms and its neighbouring pairs, stemmed. */
export interface PasteTerms {
  terms: ReadonlySet<string>;
  pairs: ReadonlySet<string>;
}

export function pasteTerms(sequence: readonly string[]): PasteTerms {
  const stems = sequence.map(stem);
  const pairs = new Set<string>();
  for (let i = 1; i < stems.length; i++) pairs.add(`${stems[i - 1]} ${stems[i]}`);
  return { terms: new Set(stems), pairs };
}

/** Whether the paste holds a term of a page (in any of its forms). */
export const holds = (paste: PasteTerms, term: string) => paste.terms.has(stem(term));

export interface WordingMatch {
  /** Share of the wording's distinct terms (IDF mass) in the paste, 0..1. */
  words: number;
  /** Share of its neighbouring pairs (IDF mass) found side by side in the paste, 0..1; `words` for a one-term wording. */
  phrases: number;
  /** The IDF mass found, words and pairs: a longer wording found whole explains more of the paste than a short one. */
  mass: number;
}

export function matchWording(wording: WeightedTerms, paste: PasteTerms): WordingMatch {
  const weights = new Map(wording);
  let total = 0;
  let found = 0;
  for (const [term, weight] of weights) {
    total += weight;
    if (holds(paste, term)) found += weight;
  }
  const words = total > 0 ? found / total : 0;
  let pairTotal = 0;
  let pairFound = 0;
  for (let i = 1; i < wording.length; i++) {
    const [a, wa] = wording[i - 1]!;
    const [b, wb] = wording[i]!;
    if (a === b) continue;
    pairTotal += wa + wb;
    if (paste.pairs.has(`${stem(a)} ${stem(b)}`)) pairFound += wa + wb;
  }
  return { words, phrases: pairTotal > 0 ? pairFound / pairTotal : words, mass: found + pairFound };
}

/** HTTP status codes: 1xx, 2xx, 30x, 4xx, 5xx (APIs use unregistered ones too, such as Anthropic's 529). */
const STATUS_CODE = /^(?:[1245]\d\d|30\d)$/;

/**
 * Numbers other than status codes, and ids with long runs of digits: in a wording they are its
 * example's values (the port 8081, 4097 tokens, a temporary file's id), which no reader's paste
 * repeats. Codes such as `ts7016` or `0308010c` are not.
 */
const EXAMPLE_VALUE = (term: string) => (/^\d+$/.test(term) && !STATUS_CODE.test(term)) || /\d{8,}/.test(term);

/**
 * The terms of a wording a strong match must hold: its rarest terms (the ones that tell it from
 * its siblings: "publickey", "insufficient_quota", "wildcard"), any status code (403 vs 429),
 * every word saying what went wrong (`predicates`), and the tool it names ("claude" in "command
 * not found: claude": common on this site, yet what the error is about). Another git, npm or
 * Docker failure shares the generic words of a page but lacks these.
 *
 * A wording is one real example of its error, so its rarest terms are often that example's values:
 * the package `torch` in pip's "No matching distribution found for torch", the module `crypto`
 * of TS7016, a port, a token count. No reader's paste repeats them. So the rarest terms are taken
 * among those the page's title and summary use too (`described`), which name the error in general
 * words, when the wording shares at least `rarest` of them (a wording in another language may share
 * none), and never numbers or long ids (`EXAMPLE_VALUE`).
 */
export function distinctiveTerms(
  wording: WeightedTerms,
  {
    predicates,
    tools,
    described = new Set(),
    rarest,
  }: { predicates: ReadonlySet<string>; tools: ReadonlySet<string>; described?: ReadonlySet<string>; rarest: number },
): string[] {
  const distinct = [...new Map(wording)].filter(([t]) => !EXAMPLE_VALUE(t));
  const named = distinct.filter(([t]) => described.has(stem(t)));
  const byWeight = (named.length >= rarest ? named : distinct).sort((a, b) => b[1] - a[1]).slice(0, rarest);
  const keep = new Set(byWeight.map(([t]) => t));
  for (const [t] of distinct) if (predicates.has(t) || tools.has(t) || STATUS_CODE.test(t)) keep.add(t);
  return [...keep];
}
