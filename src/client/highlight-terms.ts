import { takeMatch } from './highlight-handoff';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Marks the words a search matched when this page was opened from the results
 * (`highlight-handoff.ts`).
 */
export function highlightSearchTerms(root: Element, max = 60): void {
  const terms = takeMatch();
  if (terms.length === 0) return;
  const pattern = new RegExp(`\\b(${terms.map(escape).join('|')})\\b`, 'gi');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest('script, style, mark, button') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  let count = 0;
  for (const node of nodes) {
    const text = node.data;
    pattern.lastIndex = 0;
    if (!pattern.test(text)) continue;
    pattern.lastIndex = 0;
    const parts: Node[] = [];
    let last = 0;
    for (const m of text.matchAll(pattern)) {
      if (count++ >= max) break;
      parts.push(document.createTextNode(text.slice(last, m.index)));
      const mark = document.createElement('mark');
      mark.textContent = m[0];
      parts.push(mark);
      last = m.index + m[0].length;
    }
    parts.push(document.createTextNode(text.slice(last)));
    node.replaceWith(...parts);
    if (count >= max) break;
  }
}
