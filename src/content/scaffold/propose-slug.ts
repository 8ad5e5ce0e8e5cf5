import { errorCode, errorLine, errorTool, identifyingTerms } from './error-text.ts';
import { idfOver, type ExistingPage } from './existing-pages.ts';

/** Kebab-case slugs stay around this length. */
export const MAX_SLUG_LENGTH = 50;

/** Words that say "this is an error" without saying which one: never worth a place in a slug. */
const SLUG_NOISE = new Set(
  'error code fatal warning warn exception info debug notice uncaught unhandled stderr stdout traceback most recent call last message details detail reason please see log com org net www http https'.split(' '),
);

/** `text` in kebab-case: lowercase letters, digits and single hyphens. */
export function kebab(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `base`, or `base-2`, `base-3`... whichever no existing page uses. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) {
    const suffix = `-${i}`;
    const candidate = `${cut(base, MAX_SLUG_LENGTH - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Shortens a kebab-case slug to at most `max` characters at a word boundary. */
function cut(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const head = slug.slice(0, max + 1);
  const at = head.lastIndexOf('-');
  return (at > 0 ? head.slice(0, at) : slug.slice(0, max)).replace(/-+$/, '');
}

/**
 * A kebab-case slug from the most identifying terms of the error: the tool it
 * names, its code, then the rarest words (IDF over existing pages) of the line
 * stating the error, in the order they appear. Quoted names (modules, files,
 * branches) vary between people and are left out. Unique against `taken` by
 * suffixing -2, -3...
 */
export function proposeSlug(raw: string, pages: readonly ExistingPage[], taken: ReadonlySet<string> = new Set(pages.map((p) => p.slug))): string {
  const idf = idfOver(pages);
  const tool = errorTool(raw, pages) ?? [];
  const code = errorCode(raw, pages);
  const codeParts = new Set(code ? [code, ...code.split('_')] : []);
  const words = identifyingTerms(errorLine(raw), pages).filter((t) => !tool.includes(t) && !codeParts.has(t) && !SLUG_NOISE.has(t) && !/\d/.test(t) && !t.includes("'") && t.length <= 24);
  const head = [...tool, ...(code ? [code] : [])];
  const want = code ? 3 : 5;
  const rarest = new Set(
    words
      .map((t, i) => ({ t, i, w: idf(t) }))
      .sort((a, b) => b.w - a.w || a.i - b.i)
      .slice(0, want)
      .map((x) => x.t),
  );
  const chosen = words.filter((t) => rarest.has(t));
  let base = kebab([...head, ...chosen].join(' '));
  // Keep the head whole; drop trailing words rather than cutting one in half.
  while (base.length > MAX_SLUG_LENGTH && chosen.length) {
    chosen.pop();
    base = kebab([...head, ...chosen].join(' '));
  }
  base = cut(base, MAX_SLUG_LENGTH) || 'new-error';
  return uniqueSlug(base, taken);
}
