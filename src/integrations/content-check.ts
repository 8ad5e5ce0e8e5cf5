import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../content/check-content.ts';
import { formatProblems } from '../content/problem.ts';
import { readContent } from '../content/read-content.ts';

/**
 * Checks all content before Astro loads it, so a writer gets every problem at
 * once, each naming file, line, field, what was expected and what was found,
 * instead of Astro's first schema failure.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'error-kb:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command === 'preview') return; // serves dist/ as built; nothing to check
        const root = fileURLToPath(config.root);
        const { categoriesFile, pageFiles } = readContent(root);
        const { problems } = checkContent(categoriesFile, pageFiles);
        if (problems.length === 0) return;
        const message = formatProblems(problems);
        if (command === 'dev') logger.error(message);
        else throw new Error(message);
      },
    },
  };
}
