import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { pageData } from '../../src/lib/search/pagefind-api.ts';

export interface Fragment {
  url: string;
  /** The text Pagefind indexed for the page. */
  content: string;
  /** Pagefind's metadata, whose values it indexes as words too. */
  meta: Record<string, string>;
  /** The page's data for the search (`META`), as the browser reads it. */
  data: Record<string, string | undefined>;
}

/** What Pagefind stored for each indexed page of a build: its fragments (gzip, a `pagefind_dcd` signature, then JSON). */
export function pagefindFragments(dist: string): Fragment[] {
  const dir = join(dist, 'pagefind/fragment');
  return readdirSync(dir).map((name) => {
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    const fragment = JSON.parse(text.slice(text.indexOf('{'))) as Omit<Fragment, 'data'> & { filters: Record<string, string[]> };
    return { ...fragment, data: pageData(fragment).meta };
  });
}
