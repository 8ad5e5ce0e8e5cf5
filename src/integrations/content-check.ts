import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, type ContentCheck } from '../content/check-content.ts';
import { nearDuplicates } from '../lib/near-duplicates.ts';
import { formatProblems } from '../content/problem.ts';
import { readContent } from '../content/read-content.ts';
import { shareCheckedContent } from '../content/checked-content.ts';
import { checkTools } from '../content/check-tools.ts';
import { isPublished } from '../content/published.ts';
import { buildSettings } from '../site-config.ts';
import { inShard } from '../sharding/partition.ts';

/**
 * Checks all content before Astro loads it, so a writer gets every problem at
 * once, each naming file, line, field, what was expected and what was found,
 * instead of Astro's first schema failure. Near-duplicate pages are a warning,
 * or a failure when `strict` (CI sets `KB_STRICT=1`). `checked()` hands the result to
 * later integrations (preview cards), and `shareCheckedContent` to the pages (`src/data/errors.ts`),
 * so 10,000 pages are parsed once per build.
 */
export function contentCheck({ strict = buildSettings.strict } = {}): AstroIntegration & { checked(): ContentCheck } {
  let result: ContentCheck | undefined;
  return {
    name: 'error-kb:content-check',
    checked: () => {
      if (!result) throw new Error('content-check has not run yet: list it before the integrations that use its result');
      return result;
    },
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command === 'preview') return; // serves dist/ as built; nothing to check
        const root = fileURLToPath(config.root);
        const { categoriesFile, toolsFile, pageFiles } = readContent(root);
        // A shard checks its own files' text; all files' frontmatter, which every shard reads.
        const own = (slug: string) => inShard(slug, buildSettings.shard);
        result = checkContent(categoriesFile, pageFiles, { fully: own });
        shareCheckedContent(root, result);
        const { pages, problems } = result;
        problems.push(...checkTools(toolsFile).problems);
        const fileOf = new Map(pages.map((p) => [p.slug, p.file]));
        const duplicates = nearDuplicates(
          pages.filter(isPublished).map((p) => ({ id: p.slug, signature: p.data.signature })),
          { reportedFor: own },
        );
        for (const d of duplicates) {
          const text = `${fileOf.get(d.a)} and ${fileOf.get(d.b)} have nearly the same signature (${Math.round(d.similarity * 100)}% of terms shared): if they are one error, make one a variant of the other`;
          if (strict && command === 'build')
            problems.push({
              file: fileOf.get(d.b)!,
              field: 'signature',
              expected: `an error different from ${fileOf.get(d.a)}`,
              found: `${Math.round(d.similarity * 100)}% of its terms shared with it`,
            });
          else logger.warn(text);
        }
        if (problems.length === 0) return;
        const message = formatProblems(problems);
        if (command === 'dev') logger.error(message);
        else throw new Error(message);
      },
    },
  };
}
