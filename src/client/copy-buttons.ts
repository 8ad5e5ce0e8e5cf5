/**
 * Adds a "Copy" button to every code block and to the signature. Progressive
 * enhancement: without JavaScript the blocks are plain, selectable text.
 */
export function addCopyButtons(root: ParentNode, announce: (message: string) => void): void {
  for (const pre of root.querySelectorAll<HTMLPreElement>('pre')) {
    if (pre.parentElement?.classList.contains('copy-wrap')) continue;
    const wrap = document.createElement('div');
    wrap.className = 'copy-wrap';
    pre.replaceWith(wrap);
    wrap.append(pre);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button copy-button';
    button.textContent = 'Copy';
    button.setAttribute('aria-label', pre.hasAttribute('data-copy-target') ? 'Copy the error text' : 'Copy this code');
    button.addEventListener('click', async () => {
      await navigator.clipboard.writeText(pre.innerText.trimEnd());
      button.textContent = 'Copied';
      announce('Copied to the clipboard');
      setTimeout(() => (button.textContent = 'Copy'), 1500);
    });
    wrap.append(button);
  }
}
