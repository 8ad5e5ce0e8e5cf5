import { errorTerms } from '../../../src/lib/normalize-error-text.ts';
import { encodeTools, encodeWordings, indexedText, WEIGHTS, type IndexedFields } from '../../../src/lib/search/index-contract.ts';
import type { SearchIndex } from '../../../src/lib/search/answer-query.ts';
import { wordingTerms } from '../../../src/lib/wording-terms.ts';
import { siteJson } from '../../../src/mcp/site-files.ts';

/** The fields of a JSON twin (`src/lib/agents/page-data.ts`) this index reads: the indexed ones, and where the page is. */
interface Twin extends IndexedFields {
  slug: string;
  url: string;
}

/**
 * The alternative the MCP server did not take (README, "Agents"): the search's `SearchIndex` over
 * the JSON twins, loaded whole. Pages contain a term when their indexed text does (the same text
 * Pagefind indexes); the score weighs title and wordings with the index's `WEIGHTS`, without
 * Pagefind's stemming, prefix matches or BM25.
 */
export async function twinIndex(root: URL): Promise<SearchIndex & { pages: number }> {
  const llms = await (await fetch(new URL('llms.txt', root))).text();
  const slugs = [...llms.matchAll(/\/errors\/([a-z0-9-]+)\.md\)/g)].map((m) => m[1]!);
  const twins = await Promise.all(slugs.map((slug) => siteJson<Twin>(root, `errors/${slug}.json`)));
  const wordings = wordingTerms(twins.map((t) => ({ slug: t.slug, wordings: [t.signature, ...t.variants] })));
  const weighted = twins.map((t) => {
    const weights = new Map<string, number>();
    const add = (text: string, weight: number) => {
      for (const term of errorTerms(text)) weights.set(term, (weights.get(term) ?? 0) + weight);
    };
    add(t.title, WEIGHTS.title);
    add([t.signature, ...t.variants].join('\n'), WEIGHTS.wording);
    add(indexedText(t).join('\n'), WEIGHTS.text);
    return weights;
  });
  return {
    pages: twins.length,
    // Everything is in memory already.
    preload: async () => {},
    async pagesWith(term) {
      return weighted.flatMap((w, i) => (w.has(term) ? [{ id: String(i), score: w.get(term)! }] : []));
    },
    async page(id) {
      const t = twins[Number(id)]!;
      return {
        url: new URL(t.url).pathname,
        meta: {
          title: t.title,
          category: t.categoryTitle,
          signature: t.signature,
          quickfix: t.quickFixes[0]!.replace(/`/g, ''),
          wordings: encodeWordings(wordings.get(t.slug)!),
          tools: encodeTools(t.tools),
        },
      };
    },
  };
}
