import { debounce } from './debounce';
import { renderResults, statusText } from './render-results';
import { enableResultsKeyboard } from './results-keyboard';
import { SearchUnavailable } from './search-engine';
import { siteSearch } from './site-search';

/**
 * The header box: results appear under it as you type; Enter (or the button)
 * opens the full search page, which is also what happens without JavaScript.
 */
export function startSearchBox(form: HTMLFormElement, panel: HTMLElement): void {
  const input = form.querySelector<HTMLInputElement>('[data-search-input]')!;
  const list = panel.querySelector<HTMLElement>('[data-search-panel-results]')!;
  const status = panel.querySelector<HTMLElement>('[role="status"]')!;
  const { search, warm } = siteSearch(form);
  let latest = 0;

  const close = () => {
    panel.hidden = true;
  };
  const run = debounce(async () => {
    const query = input.value;
    const ticket = ++latest;
    if (!query.trim()) return close();
    try {
      const outcome = await search(query);
      if (ticket !== latest) return;
      renderResults(list, outcome, 5);
      status.textContent = statusText[outcome.match](list.children.length);
    } catch (e) {
      if (ticket !== latest) return;
      list.replaceChildren();
      status.textContent = e instanceof SearchUnavailable ? e.message : 'Search failed to load.';
    }
    panel.hidden = false;
  }, 150);

  input.addEventListener('focus', warm, { once: true });
  input.addEventListener('input', run);
  input.addEventListener('keydown', (e) => e.key === 'Escape' && close());
  panel.addEventListener('keydown', (e) => e.key === 'Escape' && close());
  document.addEventListener('click', (e) => !form.contains(e.target as Node) && !panel.contains(e.target as Node) && close());
  enableResultsKeyboard(input, list);
}
