import { defineHastPlugin } from 'satteri';
import type { Element } from 'hast';
import { anchorPrefixByHeading } from '../content/body-sections.ts';

/**
 * Gives the items of the first list under certain `h2` sections stable ids, so a
 * step can be linked as `#step-3` and a cause as `#cause-2` (the page promises
 * `#step-N` from 1). The body's sections are fixed by `src/content/body-sections.ts`.
 */
export const sectionAnchors = defineHastPlugin({
  name: 'error-kb-section-anchors',
  element: {
    filter: ['ol', 'ul'],
    visit(list, ctx) {
      const parent = ctx.parent(list);
      const index = ctx.indexOf(list);
      if (!parent || parent.type !== 'root' || index === undefined) return;
      let heading: Element | undefined;
      let sawList = false;
      for (let i = index - 1; i >= 0; i--) {
        const node = parent.children[i];
        if (node?.type !== 'element') continue;
        if (node.tagName === 'ol' || node.tagName === 'ul') sawList = true;
        if (/^h[1-6]$/.test(node.tagName)) {
          if (node.tagName === 'h2') heading = node;
          break;
        }
      }
      const prefix = heading && !sawList ? anchorPrefixByHeading[ctx.textContent(heading).trim()] : undefined;
      if (!prefix) return;
      let n = 0;
      for (const item of list.children) {
        if (item.type === 'element' && item.tagName === 'li') ctx.setProperty(item, 'id', `${prefix}-${++n}`);
      }
    },
  },
});
