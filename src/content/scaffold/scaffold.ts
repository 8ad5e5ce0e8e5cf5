import type { Category } from '../../schema/category.ts';
import { SLUG_PATTERN } from '../../schema/slug.ts';
import { coveringPages, type CoveringPage } from './covering-pages.ts';
import { draftPage } from './draft-page.ts';
import { signatureText } from './error-text.ts';
import type { ExistingPage } from './existing-pages.ts';
import { personalDataHints } from './personal-data.ts';
import { proposeCategory, type CategoryScore } from './propose-category.ts';
import { proposeSlug } from './propose-slug.ts';

/**
 * The pure half of `npm run new` (`src/cli/new-page.ts`): from a raw error
 * text and the existing pages, propose a slug and a category, find pages that
 * may already cover the error, and write a draft page that passes the schema
 * with every part a writer must fill marked TODO. No file access here; each
 * decision lives in its own module beside this one.
 */

export interface ScaffoldInput {
  text: string;
  pages: readonly ExistingPage[];
  /** `content/categories.json`, in its order. */
  categories: Readonly<Record<string, Category>>;
  /** Slugs already used by files, including pages that failed validation. */
  takenSlugs?: ReadonlySet<string>;
  slug?: string | undefined;
  category?: string | undefined;
  today: string;
}

export interface Scaffold {
  slug: string;
  category: string;
  /** True when the category was proposed rather than given. */
  categoryProposed: boolean;
  /** Every category's score against the error, best first. */
  categoryScores: CategoryScore[];
  covering: CoveringPage[];
  personalData: string[];
  source: string;
}

/** Everything `npm run new` decides, without touching files. Throws on a bad `slug` or `category`. */
export function scaffold(input: ScaffoldInput): Scaffold {
  const taken = input.takenSlugs ?? new Set(input.pages.map((p) => p.slug));
  if (input.slug !== undefined) {
    if (!SLUG_PATTERN.test(input.slug)) throw new Error(`--slug "${input.slug}": expected lowercase letters, digits and single hyphens`);
    if (taken.has(input.slug)) throw new Error(`--slug "${input.slug}": a page with this slug already exists`);
  }
  const categoryIds = Object.keys(input.categories);
  if (input.category !== undefined && !categoryIds.includes(input.category)) {
    throw new Error(`--category "${input.category}": expected one of ${categoryIds.join(', ')}`);
  }
  if (!signatureText(input.text)) throw new Error('the error text is empty');
  const slug = input.slug ?? proposeSlug(input.text, input.pages, taken);
  const proposal = proposeCategory(input.text, input.pages, input.categories);
  const covering = coveringPages(input.text, input.pages);
  // The same error in other words belongs where its page is; the category vote is for errors no page covers.
  const category = input.category ?? covering[0]?.page.category ?? proposal.category;
  return {
    slug,
    category,
    categoryProposed: input.category === undefined,
    categoryScores: proposal.scores,
    covering,
    personalData: personalDataHints(input.text),
    source: draftPage({ text: input.text, slug, category, today: input.today }),
  };
}
