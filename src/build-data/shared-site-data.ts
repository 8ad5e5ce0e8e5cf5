import type { SiteData } from './site-data.ts';

/**
 * The site data a build's worker computes (`src/integrations/build-worker.ts`), handed to the
 * pages through `globalThis` as the content check's result is (`src/content/checked-content.ts`):
 * Astro imports the pages' bundle into the same process, as other module instances.
 */
const KEY = Symbol.for('error-kb:site-data');
const slot = globalThis as { [KEY]?: Promise<SiteData> };

export function shareSiteData(data: Promise<SiteData>): void {
  slot[KEY] = data;
}

/** The build's site data, or nothing outside a build (the dev server computes its own). */
export const sharedSiteData = (): Promise<SiteData> | undefined => slot[KEY];
