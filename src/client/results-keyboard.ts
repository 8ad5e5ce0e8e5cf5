/**
 * Arrow keys move between the search box and its results; Escape returns to the box.
 * Links stay links, so Enter opens one and Tab works as usual.
 */
export function enableResultsKeyboard(input: HTMLInputElement, list: HTMLElement): void {
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a[data-search-result]')];
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      const first = links()[0];
      if (first) {
        e.preventDefault();
        first.focus();
      }
    }
  });
  list.addEventListener('keydown', (e) => {
    const all = links();
    const i = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (i === -1) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = e.key === 'ArrowDown' ? all[i + 1] : all[i - 1];
      (next ?? (e.key === 'ArrowUp' ? input : all[i]))?.focus();
    } else if (e.key === 'Escape') {
      input.focus();
    }
  });
}
