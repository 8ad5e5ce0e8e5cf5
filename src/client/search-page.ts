import { debounce } from './debounce';
import { renderResults, statusText } from './render-results';
import { enableResultsKeyboard } from './results-keyboard';
import { latestQuery } from './latest-query';
import { SearchUnavailable } from './pagefind';
import { siteSearch, urlQuery } from './site-search';
import type { SearchOutcome } from '../lib/search/answer-query';
import { asOneLine, shareableQuery } from '../lib/search/shareable-query';

/**
 * `/search/?q=…`: runs the query from the URL on load (so a search can be shared as
 * a link), then searches as you type and keeps the URL in step.
 * Contract: `[data-search-results]` gets `data-match` = strong | weak | none when done,
 * and `aria-busy="true"` while running.
 */
export function startSearchPage(
  form: HTMLFormElement,
  list: HTMLElement,
  status: HTMLElement,
  /** Told each query's outcome once shown (the page request offer). */
  onOutcome?: (query: string, outcome: SearchOutcome) => void,
): void {
  const input = form.querySelector<HTMLInputElement>('[data-search-input]')!;
  const { search, warm } = siteSearch(form);
  const queries = latestQuery(search);

  async function run(query: string) {
    list.setAttribute('aria-busy', 'true');
    delete list.dataset.match;
    const settled = await queries.run(query);
    if (!settled) return; // a newer query superseded this one
    if ('outcome' in settled) {
      renderResults(list, settled.outcome);
      status.textContent = query.trim() ? statusText[settled.outcome.match](list.children.length) : 'Paste an error message to search.';
      onOutcome?.(query, settled.outcome);
    } else {
      list.replaceChildren();
      list.dataset.match = 'none';
      status.textContent =
        settled.error instanceof SearchUnavailable ? settled.error.message : 'Search failed to load. Reload the page to try again.';
    }
    list.setAttribute('aria-busy', 'false');
  }

  warm();
  const fromUrl = urlQuery();
  input.value = asOneLine(fromUrl);
  if (fromUrl.trim()) void run(fromUrl);
  else status.textContent = 'Paste an error message to search.';

  const onType = debounce(() => {
    // What the link can carry is what is searched, so the link finds what this page shows.
    const query = shareableQuery(input.value);
    const url = new URL(location.href);
    url.searchParams.set('q', query);
    history.replaceState(null, '', url);
    void run(query);
  }, 150);
  input.addEventListener('input', onType);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    onType();
  });
  enableResultsKeyboard(input, list);
}
