import { defineCollection } from 'astro:content';
import { contentPaths } from './content/read-content.ts';
import { pageFileLoader } from './content/page-file-loader.ts';
import { buildSettings } from './site-config.ts';
import { shardFiles } from './sharding/shard-files.ts';

/**
 * The error pages' bodies to render, and only the shard's in a sharded build: Vite bundles every
 * MDX file the collection holds, and that is what a build's memory grows with (7 GB at 10,000
 * pages). No schema and no data: the frontmatter the pages use is read and validated once by the
 * content check (`src/data/errors.ts`), for all pages, whatever the shard.
 */
export const collections = {
  errors: defineCollection({
    loader: pageFileLoader(contentPaths.errors, () => shardFiles(contentPaths.errors, buildSettings.shard)),
  }),
};
