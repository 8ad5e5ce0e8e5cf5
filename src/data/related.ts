import { relatedErrors, type RelatedError } from '../lib/related-errors';
import { buildSettings } from '../site-config';
import { inShard } from '../sharding/partition';
import { errorEntries } from './errors';

let cache: Promise<Map<string, RelatedError[]>> | undefined;

/** Related errors for the pages this build writes (all, or its shard's), computed once per build (every error page asks). */
export function relatedBySlug(): Promise<Map<string, RelatedError[]>> {
  const listFor = (slug: string) => inShard(slug, buildSettings.shard);
  cache ??= errorEntries().then((entries) =>
    relatedErrors(
      entries.map((e) => ({ slug: e.id, ...e.data })),
      { listFor },
    ),
  );
  return cache;
}
