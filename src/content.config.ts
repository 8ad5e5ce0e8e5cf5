import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentPaths } from './content/read-content.ts';
import { slugFromPath } from './content/slug.ts';
import { buildSettings } from './site-config.ts';
import { shardGlob } from './sharding/shard-files.ts';

/**
 * The error pages' MDX bodies, and only the shard's in a sharded build: Vite bundles every
 * MDX file the collection holds, and that is what a build's memory grows with (7 GB at 10,000
 * pages). No schema: the frontmatter the pages use is read and validated once by the content
 * check (`src/data/errors.ts`), for all pages, whatever the shard.
 */
export const collections = {
  errors: defineCollection({
    loader: glob({
      pattern: shardGlob(contentPaths.errors, buildSettings.shard),
      base: contentPaths.errors,
      generateId: ({ entry }) => slugFromPath(entry),
    }),
  }),
};
