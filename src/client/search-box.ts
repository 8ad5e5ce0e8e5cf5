import { debounce } from './debounce';
import { renderResults, statusText } from './render-results';
import { enableResultsKeyboard } from './results-keyboard';
import { latestQuery } from './latest-query';
import { SearchUnavailable } from './pagefind';
import { siteSearch } from './site-search';
import { shareableQuery } from '../lib/search/shareable-query';

/**
 * The header box: results appear under it as you type; Enter (or the button)
 * opens the full search page, which is also what happens without JavaScript.
 */
export function startSearchBox(form: HTMLFormElement, panel: HTMLElement): void {
  const input = form.querySelector<HTMLInputElement>('[data-search-input]')!;
  const list = panel.querySelector<HTMLElement>('[data-search-panel-results]')!;
  const status = panel.querySelector<HTMLElement>('[role="status"]')!;
  const { search, warm } = siteSearch(form);
  const queries = latestQuery(search);

  const close = () => {
    panel.hidden = true;
  };
  const run = debounce(async () => {
    const query = shareableQuery(input.value);
    if (!query.trim()) {
      queries.cancel();
      return close();
    }
    const settled = await queries.run(query);
    if (!settled) return; // a newer query superseded this one
    if ('outcome' in settled) {
      renderResults(list, settled.outcome, 5);
      status.textContent = statusText[settled.outcome.match](list.children.length);
    } else {
      list.replaceChildren();
      status.textContent = settled.error instanceof SearchUnavailable ? settled.error.message : 'Search failed to load.';
    }
    panel.hidden = false;
  }, 150);

  // The search page gets the query in its link: a long paste is cut to what a link can carry (the same query as above).
  form.addEventListener('submit', () => (input.value = shareableQuery(input.value)));
  input.addEventListener('focus', warm, { once: true });
  input.addEventListener('input', run);
  input.addEventListener('keydown', (e) => e.key === 'Escape' && close());
  panel.addEventListener('keydown', (e) => e.key === 'Escape' && close());
  document.addEventListener('click', (e) => !form.contains(e.target as Node) && !panel.contains(e.target as Node) && close());
  enableResultsKeyboard(input, list);
}
