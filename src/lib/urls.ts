/** Prefixes a site path with the configured base (`/kb/` under a sub-path build). */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  return `${base.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
}

export const errorPath = (slug: string) => withBase(`errors/${slug}/`);
export const categoryPath = (id: string) => withBase(`categories/${id}/`);
export const searchPath = (query?: string) => withBase(`search/${query ? `?q=${encodeURIComponent(query)}` : ''}`);
/** The Markdown and JSON twins of an error page (`/errors/<slug>.md`, `.json`). */
export const errorTwinPath = (slug: string, format: 'md' | 'json', base?: string) => withBase(`errors/${slug}.${format}`, base);
