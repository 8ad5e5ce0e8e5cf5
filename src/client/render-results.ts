import type { SearchHit, SearchOutcome } from '../lib/search/answer-query';
import { handOffMatch } from './highlight-handoff';
import { handOffVersions } from './version-handoff';
import { fillVerdict } from './fill-verdict';

/** First line of the signature, cut at a word near `max` characters. */
function excerpt(signature: string, max = 140): string {
  const line =
    signature
      .trim()
      .split('\n')
      .find((l) => l.trim()) ?? '';
  return line.length <= max ? line : `${line.slice(0, line.lastIndexOf(' ', max) > max / 2 ? line.lastIndexOf(' ', max) : max)}…`;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text; // always text: queries and content never become HTML
  return node;
}

function resultItem(hit: SearchHit): HTMLLIElement {
  const li = el('li', 'result');
  const a = el('a', 'card result-link');
  a.href = hit.url;
  a.dataset.searchResult = '';
  // Why it ranked here, for the benchmark and for anyone tuning `src/lib/search/`.
  a.dataset.score = `${hit.score.toFixed(2)} ${hit.parts}`;
  a.append(
    el('span', 'result-title', hit.title),
    el('span', 'badge', hit.category),
    el('code', 'result-signature', excerpt(hit.signature)),
  );
  if (hit.quickFix) a.append(el('span', 'result-fix', `Quick fix: ${hit.quickFix}`));
  if (hit.verdict) a.append(fillVerdict(el('span', 'result-verdict'), hit.verdict));
  // Remember which words matched, so the error page can mark them without a query string in its URL.
  a.addEventListener('click', () => {
    handOffMatch(hit.url, hit.matchedTerms);
    handOffVersions(hit.url, hit.versions);
  });
  li.append(a);
  return li;
}

export const statusText: Record<SearchOutcome['match'], (n: number) => string> = {
  strong: () => 'Best match first.',
  weak: (n) => `No page matches this error exactly. ${n === 1 ? 'This page' : `These ${n} pages`} may still help:`,
  none: () => 'No page covers this error yet. Try only the main error line, or browse the categories.',
};

/** Fills `list` with the results and sets the `data-match` contract attribute. */
export function renderResults(list: HTMLElement, outcome: SearchOutcome, limit = 8): void {
  const hits = outcome.match === 'none' ? [] : outcome.hits.slice(0, limit);
  // Results can refresh while someone is arrowing through them: keep focus on the same page.
  const focused = list.contains(document.activeElement) ? (document.activeElement as HTMLAnchorElement).href : undefined;
  list.replaceChildren(...hits.map(resultItem));
  if (focused) [...list.querySelectorAll<HTMLAnchorElement>('a[data-search-result]')].find((a) => a.href === focused)?.focus();
  list.dataset.match = outcome.match;
}
