/** `/` and Ctrl/Cmd+K focus the search box, as on most documentation sites. */
export function focusSearchOnHotkey(input: HTMLInputElement): void {
  document.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement | null;
    const typing = target?.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target?.tagName ?? '');
    const slash = e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey;
    const ctrlK = e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey);
    if (slash || ctrlK) {
      e.preventDefault();
      input.focus();
      input.select();
    }
  });
}
