import { button } from './button';

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
    const copy = button('button copy-button', 'Copy', pre.hasAttribute('data-copy-target') ? 'Copy the error text' : 'Copy this code');
    copy.addEventListener('click', async () => {
      await navigator.clipboard.writeText(pre.innerText.trimEnd());
      copy.textContent = 'Copied';
      announce('Copied to the clipboard');
      setTimeout(() => (copy.textContent = 'Copy'), 1500);
    });
    wrap.append(copy);
  }
}
