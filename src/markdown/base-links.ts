import { defineHastPlugin } from 'satteri';

/**
 * Writers link other pages as `/errors/<slug>/`; under a sub-path build (`BASE_PATH=/kb/`)
 * those links must become `/kb/errors/<slug>/`. Root-relative hrefs get the base prefixed.
 */
export function baseLinks(base: string) {
  const prefix = base.replace(/\/$/, '');
  return defineHastPlugin({
    name: 'error-kb-base-links',
    element: {
      filter: ['a'],
      visit(link, ctx) {
        const href = link.properties?.href;
        if (prefix && typeof href === 'string' && href.startsWith('/') && !href.startsWith('//') && !href.startsWith(`${prefix}/`)) {
          ctx.setProperty(link, 'href', `${prefix}${href}`);
        }
      },
    },
  });
}
