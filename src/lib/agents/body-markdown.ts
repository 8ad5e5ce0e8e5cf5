import { anchorPrefixByHeading } from '../../content/body-sections.ts';

/**
 * An error page's MDX body as Markdown that works outside the site: links relative to the
 * page (`#step-2`) or the site (`/errors/<slug>/`) made absolute, and every cause and step
 * led by a link to its anchor on the page (`#cause-N`, `#step-N`, as `src/markdown/section-anchors.ts`
 * sets them). Works on the source text, not the rendered HTML.
 */

export interface PageAddress {
  /** The page's canonical URL: `https://kb.example/errors/npm-eresolve/`. */
  pageUrl: string;
  /** The site's root URL, base path included, with a trailing slash: `https://kb.example/kb/`. */
  siteUrl: string;
}

/** `](#step-2)` and `](/errors/x/)` → absolute; other links stay. */
export function absoluteLinks(markdown: string, { pageUrl, siteUrl }: PageAddress): string {
  const root = new URL(siteUrl);
  return markdown.replace(/\]\((#[^)\s]*|\/(?!\/)[^)\s]*)\)/g, (_, href: string) => {
    if (href.startsWith('#')) return `](${pageUrl}${href})`;
    // Writers link `/errors/x/`; a link already under the base path keeps it.
    const path = href.startsWith(root.pathname) ? href : `${root.pathname}${href.slice(1)}`;
    return `](${new URL(path, root.origin).href})`;
  });
}

export interface ListItem {
  /** `step-3` */
  id: string;
  /** The item's Markdown without its marker, continuation lines dedented. */
  markdown: string;
}

const ITEM = /^(?:\d+\.|[-*+])\s+/;

/** The items of the first list under a `## heading` of the body (what the page gives ids), with their ids. */
export function anchoredItems(body: string, heading: string): ListItem[] {
  const prefix = anchorPrefixByHeading[heading];
  const section = sectionLines(body, heading);
  if (!prefix || !section) return [];
  return splitFirstList(section.lines).items.map((lines, i) => ({ id: `${prefix}-${i + 1}`, markdown: dedent(lines) }));
}

/** The body with links made absolute and each anchored item led by a link to its anchor. */
export function bodyMarkdown(body: string, address: PageAddress): string {
  let out = body.replace(/\r\n?/g, '\n');
  for (const heading of Object.keys(anchorPrefixByHeading)) {
    const section = sectionLines(out, heading);
    if (!section) continue;
    const { before, items, after } = splitFirstList(section.lines);
    const prefix = anchorPrefixByHeading[heading]!;
    const linked = items.map((lines, i) => {
      const marker = ITEM.exec(lines[0]!)![0];
      const id = `${prefix}-${i + 1}`;
      return [`${marker}[#${id}](#${id}) ${lines[0]!.slice(marker.length)}`, ...lines.slice(1)];
    });
    const all = out.split('\n');
    all.splice(section.start, section.lines.length, ...before, ...linked.flat(), ...after);
    out = all.join('\n');
  }
  return absoluteLinks(out.trim(), address);
}

function sectionLines(body: string, heading: string): { start: number; lines: string[] } | undefined {
  const all = body.replace(/\r\n?/g, '\n').split('\n');
  const at = all.findIndex((l) => l.replace(/^##\s+/, '').trim() === heading && l.startsWith('## '));
  if (at === -1) return undefined;
  const end = all.findIndex((l, i) => i > at && /^##\s/.test(l));
  const start = at + 1;
  return { start, lines: all.slice(start, end === -1 ? all.length : end) };
}

/** Lines before the first top-level list, its items (each a run of lines), and the lines after it. */
function splitFirstList(lines: string[]) {
  const first = lines.findIndex((l) => ITEM.test(l));
  if (first === -1) return { before: lines, items: [] as string[][], after: [] as string[] };
  const items: string[][] = [];
  let i = first;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (ITEM.test(line)) items.push([line]);
    else if (line.trim() === '' || /^\s/.test(line)) items.at(-1)!.push(line);
    else break; // a paragraph at column 0 ends the list
  }
  // Blank lines closing the last item belong after the list.
  const last = items.at(-1)!;
  const trailing: string[] = [];
  while (last.length > 1 && last.at(-1)!.trim() === '') trailing.unshift(last.pop()!);
  return { before: lines.slice(0, first), items, after: [...trailing, ...lines.slice(i)] };
}

function dedent(lines: string[]): string {
  const [first, ...rest] = lines;
  const indent = first!.match(ITEM)![0].length;
  const body = rest.map((l) => (l.slice(0, indent).trim() === '' ? l.slice(indent) : l.trimStart()));
  return [first!.slice(indent), ...body].join('\n').trim();
}
