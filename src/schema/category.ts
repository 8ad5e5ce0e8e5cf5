import { z } from 'astro/zod';
import { SLUG_PATTERN } from './slug.ts';

/** One entry of `content/categories.json`: the key is the category's id. */
export const categorySchema = z.strictObject({
  /** Shown as the category page's heading and on every error page's badge. */
  title: z.string().min(1),
  /** One line, shown on the home page and as the category page's description. */
  description: z.string().min(1).max(200),
});

export const categoriesSchema = z.record(z.string().regex(SLUG_PATTERN), categorySchema);

export type Category = z.infer<typeof categorySchema>;
export type Categories = z.infer<typeof categoriesSchema>;
