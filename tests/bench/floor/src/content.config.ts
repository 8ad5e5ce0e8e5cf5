import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// No schema: the floor measures Astro itself, not validation. The benchmark says where the pages are.
export const collections = {
  errors: defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: process.env.FLOOR_ERRORS_DIR! }) }),
};
