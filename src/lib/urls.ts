import { buildSettings } from '../site-config.ts';

/** Prefixes a site path with the configured base (`/kb/` under a sub-path build). */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  return `${base.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
}

export const errorPath = (slug: string, base?: string) => withBase(`errors/${slug}/`, base);
export const categoryPath = (id: string) => withBase(`categories/${id}/`);
/** An error page's preview card, unless the build makes none (`KB_CARDS=off`). */
export const cardPath = (slug: string) => (buildSettings.cards ? withBase(`og/${slug}.png`) : undefined);
export const searchPath = (query?: string) => withBase(`search/${query ? `?q=${encodeURIComponent(query)}` : ''}`);
/** The Markdown and JSON twins of an error page (`/errors/<slug>.md`, `.json`): the file in the output, and its path on the site. */
export const errorTwinFile = (slug: string, format: 'md' | 'json') => `errors/${slug}.${format}`;
export const errorTwinPath = (slug: string, format: 'md' | 'json', base?: string) => withBase(errorTwinFile(slug, format), base);
