import { sharedSiteData } from '../build-data/shared-site-data';
import { siteData as computeSiteData, type SiteData } from '../build-data/site-data';
import { inShard } from '../sharding/partition';
import { buildSettings } from '../site-config';
import { categoryEntries, errorEntries } from './errors';
import { siteAddress } from './site-address';

let cache: Promise<SiteData> | undefined;

/**
 * Related errors, "Copy as prompt" texts, the site's term statistics and the index tag
 * (`src/build-data/site-data.ts`) for the pages this build writes: a build's worker computed them
 * while Vite bundled; the dev server computes them here, once.
 */
export function siteData(): Promise<SiteData> {
  cache ??=
    sharedSiteData() ??
    Promise.all([errorEntries(), categoryEntries()]).then(([entries, categories]) =>
      computeSiteData(
        entries.map((e) => ({ slug: e.id, data: e.data, body: e.body })),
        Object.fromEntries(categories.map((c) => [c.id, c.data])),
        siteAddress,
        (slug) => inShard(slug, buildSettings.shard),
      ),
    );
  return cache;
}
