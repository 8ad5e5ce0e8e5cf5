import { errorTerms } from '../lib/normalize-error-text';
import { matchStrength, rank, retrieve, RANKING, type Match } from '../lib/search-ranking';
import { decodeWordings } from '../lib/wording-terms';
import { detectVersions, type ToolVersionPatterns } from '../lib/versions/detect-versions';
import type { Verdict } from '../lib/versions/verdict';
import { resultVerdict, type PasteVersions } from './version-verdict';

/** What a search result needs to render; all of it comes from Pagefind metadata. */
export interface SearchHit {
  url: string;
  title: string;
  category: string;
  signature: string;
  quickFix: string;
  summary: string;
  matchedTerms: string[];
  score: number;
  wordingCoverage: number;
  queryCoverage: number;
  /** Whether the tool version the paste names is affected, when the page has ranges for it. */
  verdict?: Verdict;
  /** What the page opened from this result needs for the same verdict. */
  versions: PasteVersions;
}

export interface SearchOutcome {
  match: Match;
  hits: SearchHit[];
  /** Terms searched for, after normalization (for highlighting). */
  terms: string[];
}

/** The parts of Pagefind's browser API we use (https://pagefind.app/docs/api/). */
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ url: string; meta: Record<string, string | undefined> }>;
}
interface Pagefind {
  options(options: { baseUrl?: string; noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
}

/** Longest pastes are cut to this many distinct terms, first lines first: the error line usually leads. */
const MAX_TERMS = 32;

export class SearchUnavailable extends Error {}

/**
 * Loads Pagefind on first use and answers queries with `src/lib/search-ranking.ts`.
 * `baseUrl` is the site's base path (Pagefind's URLs are relative to it);
 * `totalPages` is the number of indexed pages; `commonTerms` are not searched in Pagefind
 * (see `src/lib/common-terms.ts`) but still count in the ranking.
 */
export function createSearch(baseUrl: string, totalPages: number, commonTerms: readonly string[] = []) {
  const common = new Set(commonTerms);
  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ `${baseUrl}pagefind/pagefind.js`).then(
      async (pf: Pagefind) => {
        // The main thread is faster for our small per-term searches than starting Pagefind's worker.
        await pf.options({ baseUrl, noWorker: true });
        await pf.init();
        return pf;
      },
      () => {
        pagefind = undefined;
        throw new SearchUnavailable('The search index is missing: it is written by `npm run build`. Use `npm start` to build and serve the site with search.');
      },
    ));

  // Version patterns of content/tools.json, to read tool versions from the paste (the verdict is optional: none on failure).
  let tools: Promise<ToolVersionPatterns[]> | undefined;
  const loadTools = () => (tools ??= fetch(`${baseUrl}tool-versions.json`).then((r) => (r.ok ? r.json() : []), () => []));

  /** Starts loading Pagefind ahead of the first query (on focus of a search box). */
  const warm = () => {
    void load().catch(() => {});
    void loadTools();
  };

  async function search(query: string): Promise<SearchOutcome> {
    const terms = errorTerms(query).slice(0, MAX_TERMS);
    if (terms.length === 0) return { match: 'none', hits: [], terms };
    const [pf, toolPatterns] = await Promise.all([load(), loadTools()]);
    const pastedVersions = detectVersions(query, toolPatterns);
    const byId = new Map<string, PagefindResult>();
    const rare = terms.filter((t) => !common.has(t));
    const hits = await Promise.all(
      (rare.length ? rare : terms).map(async (term) => {
        const results = (await pf.search(term))?.results ?? [];
        for (const r of results) byId.set(r.id, r);
        return { term, pages: results.map((r) => ({ id: r.id, score: r.score })) };
      }),
    );
    const candidates = retrieve(hits, totalPages).slice(0, RANKING.candidates);
    const data = await Promise.all(candidates.map((c) => byId.get(c.id)!.data()));
    const dataById = new Map(candidates.map((c, i) => [c.id, data[i]!]));
    const ranked = rank(
      candidates.map((c) => {
        const { meta } = dataById.get(c.id)!;
        return { ...c, wordings: decodeWordings(meta.wordings ?? ''), tools: (meta.tools ?? '').split('|').map(errorTerms) };
      }),
      new Set(terms),
    );
    const match = matchStrength(ranked);
    return {
      match,
      terms,
      hits: ranked.map((r) => {
        const { url, meta } = dataById.get(r.id)!;
        const { verdict, handOff } = resultVerdict(meta.versions, pastedVersions, meta.quickfix ?? '', query);
        return {
          ...(verdict && { verdict }),
          versions: handOff,
          url,
          title: meta.title ?? url,
          category: meta.category ?? '',
          signature: meta.signature ?? '',
          quickFix: meta.quickfix ?? '',
          summary: meta.summary ?? '',
          matchedTerms: r.matchedTerms,
          score: r.score,
          wordingCoverage: r.wordingCoverage,
          queryCoverage: r.queryCoverage,
        };
      }),
    };
  }
  return { search, warm };
}
