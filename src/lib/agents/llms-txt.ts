/**
 * `/llms.txt` (https://llmstxt.org/): the site's name, what it is, and every page as a
 * Markdown link to its Markdown twin with its one-line summary, grouped by category.
 */

export interface LlmsEntry {
  title: string;
  /** The page's Markdown twin: `https://kb.example/errors/npm-eresolve.md`. */
  markdownUrl: string;
  summary: string;
  categoryTitle: string;
}

export interface LlmsSite {
  name: string;
  tagline: string;
  /** Absolute URLs of the full text and the search page. */
  fullUrl: string;
  searchUrl: string;
}

export function llmsTxt(site: LlmsSite, entries: readonly LlmsEntry[]): string {
  const byCategory = new Map<string, LlmsEntry[]>();
  for (const e of entries) (byCategory.get(e.categoryTitle) ?? byCategory.set(e.categoryTitle, []).get(e.categoryTitle)!).push(e);
  const about = [
    `${entries.length} error pages for developer tools. Each page says what the error means, why it happens, a quick fix and numbered troubleshooting steps (linkable as \`#step-N\` on the page), with sources.`,
    `Every page is also served as Markdown (\`/errors/<slug>.md\`, linked below) and as JSON (\`/errors/<slug>.json\`: the page's fields and its steps). All pages in one file: ${site.fullUrl}`,
    `To find the page for a raw error text: ${site.searchUrl}?q=<the error, URL-encoded>`,
  ];
  const lines = [`# ${site.name}`, '', `> ${site.tagline}`, '', ...about.flatMap((p) => [p, ''])];
  for (const [category, list] of [...byCategory].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`## ${category}`, '', ...list.map((e) => `- [${e.title.replace(/[[\]]/g, '\\$&')}](${e.markdownUrl}): ${e.summary}`), '');
  }
  return lines.join('\n').trimEnd() + '\n';
}

/** `/llms-full.txt`: every Markdown twin, one after another. */
export function llmsFullTxt(site: Pick<LlmsSite, 'name' | 'tagline'>, pages: readonly string[]): string {
  return [`# ${site.name}\n\n> ${site.tagline}\n`, ...pages].join('\n---\n\n');
}
