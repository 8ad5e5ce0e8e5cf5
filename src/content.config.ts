import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { readdirSync } from 'node:fs';
import { relative } from 'node:path';
import { contentPaths } from './content/read-content.ts';
import { slugFromPath } from './content/slug.ts';
import { buildSettings } from './site-config.ts';
import { inShard } from './sharding/partition.ts';

/**
 * The error pages' MDX bodies, and only the shard's in a sharded build: Vite bundles every
 * MDX file the collection holds, and that is what a build's memory grows with (7 GB at 10,000
 * pages). No schema: the frontmatter the pages use is read and validated once by the content
 * check (`src/data/errors.ts`), for all pages, whatever the shard.
 */
function shardPattern(): string {
  if (!buildSettings.shard) return '**/*.{md,mdx}';
  const files = readdirSync(contentPaths.errors, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.mdx?$/i.test(d.name) && inShard(slugFromPath(d.name), buildSettings.shard))
    .map((d) =>
      relative(contentPaths.errors, `${d.parentPath}/${d.name}`)
        .split('\\')
        .join('/')
        .replace(/[{}[\]()*?!,\\]/g, '\\$&'),
    );
  // One brace pattern: tinyglobby takes ~40 ms for 2,500 names this way, 3 s as 2,500 patterns.
  return files.length === 0 ? '(no pages in this shard)' : files.length === 1 ? files[0]! : `{${files.join(',')}}`;
}

export const collections = {
  errors: defineCollection({
    loader: glob({ pattern: shardPattern(), base: contentPaths.errors, generateId: ({ entry }) => slugFromPath(entry) }),
  }),
};
