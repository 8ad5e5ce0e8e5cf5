import type { ContentCheck } from './check-content.ts';
import { checkContent } from './check-content.ts';
import { readContent } from './read-content.ts';

/**
 * The content check's result, handed from the config hook that produced it
 * (`src/integrations/content-check.ts`) to the pages. Astro imports the pages' bundle into
 * the same process (`astro/dist/core/build/default-prerenderer.js`) but as other module
 * instances, so the hand-over goes through `globalThis`: at 10,000 pages, reading and
 * validating every file a second time would cost seconds.
 */
const KEY = Symbol.for('error-kb:checked-content');
type Shared = { root: string; check: ContentCheck };
const slot = globalThis as { [KEY]?: Shared };

export function shareCheckedContent(root: string, check: ContentCheck): void {
  slot[KEY] = { root, check };
}

/** The shared result; `fresh` reads and checks the files again (the dev server, where they change). */
export function checkedContent({ fresh = false } = {}): ContentCheck {
  const shared = slot[KEY];
  if (!shared) throw new Error('the content check has not run in this process: the error-kb:content-check integration must be listed');
  if (!fresh) return shared.check;
  const { categoriesFile, pageFiles } = readContent(shared.root);
  return checkContent(categoriesFile, pageFiles);
}
