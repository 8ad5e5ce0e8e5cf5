import { pageVersionFacts } from '../lib/versions/page-facts';
import { encodeVersionFacts } from '../lib/versions/verdict';
import { shardEntries } from './errors';
import { toolTable } from './tools';

let cache: Promise<Map<string, string>> | undefined;

/** The version ranges of each page this build writes, encoded for the page's verdict slot (the search index has them too, `index-records.ts`); '' for pages without any. */
export function encodedVersionFactsBySlug(): Promise<Map<string, string>> {
  cache ??= shardEntries().then(
    (entries) => new Map(entries.map((e) => [e.id, encodeVersionFacts(pageVersionFacts(e.data, toolTable()))])),
  );
  return cache;
}
