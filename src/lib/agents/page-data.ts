import { isoDate } from '../format-date.ts';
import { absoluteLinks, anchoredItems } from './body-markdown.ts';
import type { TwinSource } from './page-markdown.ts';
import { bodySections } from '../../content/body-sections.ts';

/** Dates as `YYYY-MM-DD`, as the frontmatter writes them, wherever they are. */
function plain(value: unknown): unknown {
  if (value instanceof Date) return isoDate(value);
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

export interface TwinStep {
  number: number;
  /** The step's anchor on the page: `https://kb.example/errors/x/#step-2`. */
  url: string;
  /** The step as Markdown, links absolute. */
  markdown: string;
}

/** The troubleshooting steps of a page's body, each with its `#step-N` link. */
export function pageSteps({ body, address }: Pick<TwinSource, 'body' | 'address'>): TwinStep[] {
  return anchoredItems(body, bodySections[2].heading).map((item, i) => ({
    number: i + 1,
    url: `${address.pageUrl}#${item.id}`,
    markdown: absoluteLinks(item.markdown, address),
  }));
}

/** `/errors/<slug>.json`: the frontmatter as data (every field, dates as `YYYY-MM-DD`), plus the steps and the links. */
export function pageData(source: TwinSource, links: { markdown: string }) {
  const { draft: _draft, ...fields } = source.data;
  return {
    slug: source.slug,
    url: source.address.pageUrl,
    markdown: links.markdown,
    categoryTitle: source.categoryTitle,
    ...(plain(fields) as Record<string, unknown>),
    steps: pageSteps(source),
  };
}
