import type { SiteTermStats } from '../common-terms.ts';
import { candidates } from './candidates.ts';
import { matchStrength, type Match } from './confidence.ts';
import { decodeMeta } from './index-contract.ts';
import { termSequence } from '../normalize-error-text.ts';
import { pasteTerms } from './phrases.ts';
import { queryTerms, termsToSearch } from './query-terms.ts';
import { rank } from './rank.ts';
import { retrieve, searchTerms } from './retrieve.ts';
import { namedTools, toolEvidence, type ToolEvidencePatterns } from './tool-evidence.ts';
import { detectVersions, type ToolVersionPatterns } from '../versions/detect-versions.ts';
import type { PasteVersions } from '../versions/result-verdict.ts';
import type { Verdict } from '../versions/verdict.ts';

/** The index as the search needs it; the browser backs it with Pagefind (`src/client/pagefind.ts`). */
export interface SearchIndex {
  /**
   * Loads what searching these terms needs, before any of them is searched. Pagefind matches a term
   * (its prefixes and stems) in every index chunk loaded at that moment, so searches racing each
   * other's loads returned different pages from one run to the next.
   */
  preload(terms: readonly string[]): Promise<void>;
  /** Pages containing one term, with Pagefind's relevance score (signature words weigh most). */
  pagesWith(term: string): Promise<ReadonlyArray<{ id: string; score: number }>>;
  /** One page's URL and metadata (a fragment load). */
  page(id: string): Promise<{ url: string; meta: Readonly<Record<string, string | undefined>> }>;
  /**
   * The version and evidence patterns of `content/tools.json`, to read tool versions and which
   * tool printed the paste; none when unavailable.
   */
  toolVersions?(): Promise<ReadonlyArray<ToolVersionPatterns & ToolEvidencePatterns>>;
}

export interface SiteStats {
  /** Pages in the index, for the IDF of retrieval. */
  totalPages: number;
  /** Terms not searched (`src/lib/common-terms.ts`). */
  commonTerms: ReadonlySet<string>;
  /** On a large site, its frequent terms, each with its place from the most frequent (0): which terms of a paste to search first (`termsToSearch`). */
  frequencyRank: ReadonlyMap<string, number>;
}

/** `/search-stats.json`, as `src/pages/search-stats.json.ts` writes it and the browser and `npm run mcp` read it. */
export interface PublishedStats extends SiteTermStats {
  /** The site URL it was built for. */
  site: string;
  totalPages: number;
}

export const siteStats = ({ totalPages, frequentTerms, common }: PublishedStats): SiteStats => ({
  totalPages,
  commonTerms: new Set(frequentTerms.slice(0, common)),
  frequencyRank: new Map(frequentTerms.map((term, rank) => [term, rank])),
});

/** What a search result shows, and why it ranked there. */
export interface SearchHit {
  url: string;
  title: string;
  category: string;
  signature: string;
  quickFix: string;
  /** Query terms found on the page, for highlighting there. */
  matchedTerms: string[];
  score: number;
  wordingCoverage: number;
  queryCoverage: number;
  /** What the score is made of (`Ranked.parts`). */
  parts: string;
  /** Whether the tool version the paste names is affected, when the page has ranges for that tool. */
  verdict?: Verdict;
  /** What the page opened from this result needs to reach the same verdict. */
  versions: PasteVersions;
}

export interface SearchOutcome {
  match: Match;
  hits: SearchHit[];
}

/** A pasted error → the pages that answer it, best first, and how sure that is: the named steps in order. */
export async function answerQuery(query: string, index: SearchIndex, stats: SiteStats): Promise<SearchOutcome> {
  const terms = queryTerms(query);
  if (terms.length === 0) return { match: 'none', hits: [] };
  // Tool versions and evidence are read from the raw paste: the terms have them (paths, versions) removed.
  const tools = index.toolVersions?.() ?? Promise.resolve([]);
  const pasted = tools.then((t) => detectVersions(query, t));
  const hits = await searchTerms(termsToSearch(terms, stats), index, stats.frequencyRank.size > 0);
  const best = candidates(retrieve(hits, stats.totalPages));
  const pages = await Promise.all(best.map(async (c) => ({ ...c, ...(await index.page(c.id)) })));
  const shown = new Map(pages.map((p) => [p.id, { url: p.url, ...decodeMeta(p.meta) }]));
  // The ranking reads the whole paste; only the Pagefind searches were limited to 32 of its terms.
  const paste = pasteTerms(termSequence(query));
  const known = await tools;
  const ranked = rank(
    pages.map((p) => ({ ...p, ...shown.get(p.id)! })),
    paste,
    toolEvidence(query, known),
    namedTools(paste, known),
  );
  const versions = await pasted;
  // The verdict's code loads only for a paste that names a tool version.
  const verdicts = versions.length > 0 ? await import('../versions/result-verdict.ts') : undefined;
  return {
    match: matchStrength(ranked),
    hits: ranked.map((r) => {
      const { url, title, category, signature, quickFix, versions: facts } = shown.get(r.id)!;
      const { verdict, handOff } = verdicts?.resultVerdict(facts, versions, quickFix, query) ?? { handOff: { versions: [], wordings: [] } };
      return {
        ...(verdict && { verdict }),
        versions: handOff,
        url,
        title: title ?? url,
        category,
        signature,
        quickFix,
        matchedTerms: r.matchedTerms,
        score: r.score,
        wordingCoverage: r.wordingCoverage,
        queryCoverage: r.queryCoverage,
        parts: r.parts,
      };
    }),
  };
}
