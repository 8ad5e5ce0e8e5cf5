import type { FeedPage } from './feeds.ts';

/** schema.org data for an error page: a TechArticle and its breadcrumb trail (https://schema.org/TechArticle). */
export function errorPageJsonLd(
  /** The page as the feeds see it, and what only its structured data needs. */
  p: FeedPage & {
    image: string;
    about: readonly string[];
    siteName: string;
    home: string;
    category: { title: string; url: string };
  },
) {
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'TechArticle',
      headline: p.title,
      description: p.summary,
      dateModified: p.updated.toISOString().slice(0, 10),
      image: p.image,
      url: p.url,
      about: p.about.map((name) => ({ '@type': 'Thing', name })),
      publisher: { '@type': 'Organization', name: p.siteName },
    },
    {
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: p.siteName, item: p.home },
        { '@type': 'ListItem', position: 2, name: p.category.title, item: p.category.url },
        { '@type': 'ListItem', position: 3, name: p.title, item: p.url },
      ],
    },
  ];
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so content can never close the tag. */
export const jsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
