import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface Fragment {
  url: string;
  /** The text Pagefind indexed for the page. */
  content: string;
  meta: Record<string, string>;
}

/** What Pagefind stored for each indexed page of a build: its fragments (gzip, a `pagefind_dcd` signature, then JSON). */
export function pagefindFragments(dist: string): Fragment[] {
  const dir = join(dist, 'pagefind/fragment');
  return readdirSync(dir).map((name) => {
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
  });
}
