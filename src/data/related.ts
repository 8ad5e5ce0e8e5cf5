import { relatedErrors, type RelatedError } from '../lib/related-errors';
import { errorEntries } from './errors';

let cache: Promise<Map<string, RelatedError[]>> | undefined;

/** Related errors for all pages, computed once per build (every error page asks). */
export function relatedBySlug(): Promise<Map<string, RelatedError[]>> {
  cache ??= errorEntries().then((entries) => relatedErrors(entries.map((e) => ({ slug: e.id, ...e.data }))));
  return cache;
}
