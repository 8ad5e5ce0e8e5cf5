import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { categoriesSchema, categorySchema } from './schema/category.ts';
import { errorPageSchema } from './schema/error-page.ts';
import { contentPaths } from './content/read-content.ts';
import { slugFromPath } from './content/slug.ts';

// The error schema needs the category ids up front, so an unknown category fails validation.
const categoryIds = Object.keys(categoriesSchema.parse(JSON.parse(readFileSync(contentPaths.categories, 'utf8'))));

const errors = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: contentPaths.errors, generateId: ({ entry }) => slugFromPath(entry) }),
  schema: errorPageSchema(categoryIds as [string, ...string[]]),
});

const categories = defineCollection({
  loader: file(contentPaths.categories),
  schema: categorySchema,
});

export const collections = { errors, categories };
