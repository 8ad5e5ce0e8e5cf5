import type { ErrorPage } from '../../schema/error-page.ts';
import type { Tools } from '../../schema/tools.ts';
import { siteTermStats, type SiteTermStats } from '../common-terms.ts';
import { plainText } from '../inline-code.ts';
import { errorTerms, spaceOutUnspaced, termSequence } from '../normalize-error-text.ts';
import { errorPath } from '../urls.ts';
import { pageVersionFacts } from '../versions/page-facts.ts';
import { encodeVersionFacts } from '../versions/verdict.ts';
import { wordingTerms } from '../wording-terms.ts';
import { encodeTools, encodeWordings, indexedParts, indexedText, META, WEIGHTS, type IndexedFields } from './index-contract.ts';

/*
 * The search index's input, built from the index contract (`index-contract.ts`) rather than read
 * back from the rendered pages: each published page as a small HTML document for Pagefind's
 * `addHTMLFile` (https://pagefind.app/docs/node-api/), its indexed parts with their weights and
 * its data (`META`). On a large site, words no search looks up stay out of it (`searchableWords`).
 */

export interface SearchRecord {
  /** The page's URL from the site root; the browser adds the base path (Pagefind's `baseUrl`). */
  url: string;
  /** The HTML Pagefind indexes. */
  content: string;
}

export interface PublishedPage {
  slug: string;
  data: ErrorPage;
}

/**
 * What a page says about its error in words rather than error text: its title and summary, which
 * writers word to tell siblings apart ("session at 100% with no activity", "increases while idle"), and
 * its symptoms, in reporters' words. A prose paste is compared with these.
 */
const descriptions = (data: ErrorPage) => [data.title, data.summary, ...data.symptoms.map((s) => s.text)];

/**
 * Each page's wordings (signature and variants) and descriptions with IDF over all pages, encoded
 * for its data (`META`, read by `rank.ts`). One IDF over both, so a term weighs the same in a
 * description as in a wording.
 */
function encodedWordings(pages: readonly PublishedPage[]): Map<string, { wordings: string; descriptions: string }> {
  const terms = wordingTerms(
    pages.map(({ slug, data }) => ({ slug, wordings: [data.signature, ...data.variants, ...descriptions(data)] })),
  );
  return new Map(
    pages.map(({ slug, data }) => {
      const all = terms.get(slug)!;
      const count = 1 + data.variants.length;
      return [slug, { wordings: encodeWordings(all.slice(0, count)), descriptions: encodeWordings(all.slice(count)) }];
    }),
  );
}

/** Each page's indexed fields, with its category's title. */
const indexedFields = (pages: readonly PublishedPage[], categoryTitles: Readonly<Record<string, string>>): IndexedFields[] =>
  pages.map(({ data }) => ({ ...data, categoryTitle: categoryTitles[data.category]! }));

/** The site's term statistics (`siteTermStats`) over what each page has in the index. */
export const indexTermStats = (pages: readonly PublishedPage[], categoryTitles: Readonly<Record<string, string>>): SiteTermStats =>
  siteTermStats(indexedFields(pages, categoryTitles).map((f) => errorTerms(indexedText(f).join('\n'))));

/**
 * Which words of a text stay in the index: on a large site (one with common terms), only words
 * with a term the search may look up, so neither stop words nor common terms ("error", "the",
 * the labels on every page) are indexed. Their lists of pages were the largest, and a rare term
 * sorted next to one in the index shared its chunk: at 10,000 pages "err_batch_budget_detached"
 * cost 51 KB because "error" was in its chunk. On a small site everything stays.
 */
export function searchableWords({ frequentTerms, common: count }: SiteTermStats): (text: string) => string {
  if (count === 0) return (text) => text;
  const common = new Set(frequentTerms.slice(0, count));
  // A word's own terms depend on the word alone, and the same words recur on every page: reading each
  // once took the records of 10,000 pages from ~7 s of CPU to ~1 s (README, "Scale").
  const wordTerms = new Map<string, string[]>();
  const termsOf = (word: string) => {
    let terms = wordTerms.get(word);
    if (!terms) wordTerms.set(word, (terms = termSequence(word)));
    return terms;
  };
  return (text) => {
    const searchable = new Set(termSequence(text).filter((t) => !common.has(t)));
    return text.replace(/[\p{L}\p{M}\p{N}_'’]+/gu, (word) => (termsOf(word).some((t) => searchable.has(t)) ? word : ' '));
  };
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One page as Pagefind's input: its parts as weighted blocks, its data (`META` keys) as attributes of an empty element. */
export function searchRecord(
  slug: string,
  fields: IndexedFields,
  data: Readonly<Record<string, string>>,
  keep: (text: string) => string,
): SearchRecord {
  const blocks = indexedParts(fields).map(({ text, weight }) => {
    const words = escape(keep(spaceOutUnspaced(text)));
    return weight === WEIGHTS.text ? `<p>${words}</p>` : `<p data-pagefind-weight="${weight}">${words}</p>`;
  });
  // The data travels as filter values, not metadata, which Pagefind would index (`META`).
  const keys = Object.keys(data).filter((k) => data[k] !== '');
  const dataElement = `<span data-pagefind-filter="${keys.map((k) => `${k}[data-${k}]`).join(', ')}"${keys.map((k) => ` data-${k}="${escape(data[k]!)}"`).join('')}></span>`;
  return { url: errorPath(slug, '/'), content: `<html lang="en"><body data-pagefind-body>${blocks.join('')}${dataElement}</body></html>` };
}

/**
 * The records of the published pages `listFor` names (all by default; a shard's own), in slug order (so two
 * builds of the same content write the same index), each weighed against all `pages`. `termStats` are
 * `indexTermStats` of the same pages, when the build has them already (its worker's site data).
 */
export function searchRecords(
  pages: readonly PublishedPage[],
  categoryTitles: Readonly<Record<string, string>>,
  tools: Tools,
  termStats: SiteTermStats = indexTermStats(pages, categoryTitles),
  listFor: (slug: string) => boolean = () => true,
): SearchRecord[] {
  const sorted = [...pages].sort((a, b) => (a.slug < b.slug ? -1 : 1));
  const wordings = encodedWordings(sorted);
  const keep = searchableWords(termStats);
  const fields = indexedFields(sorted, categoryTitles);
  return sorted.flatMap(({ slug, data }, i) =>
    !listFor(slug)
      ? []
      : searchRecord(
          slug,
          fields[i]!,
          {
            [META.title]: data.title,
            [META.category]: fields[i]!.categoryTitle,
            [META.signature]: data.signature.trim().replace(/\s+/g, ' '),
            [META.quickFix]: plainText(data.quickFixes[0]!),
            [META.wordings]: wordings.get(slug)!.wordings,
            [META.descriptions]: wordings.get(slug)!.descriptions,
            [META.tools]: encodeTools(data.tools),
            [META.versions]: encodeVersionFacts(pageVersionFacts(data, tools)),
          },
          keep,
        ),
  );
}
