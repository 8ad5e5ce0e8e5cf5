import { stem as porter2 } from 'porter2';

/**
 * English words to their stem as Pagefind stems them when it indexes and searches: Snowball's English
 * stemmer, Porter2 (https://snowballstem.org/algorithms/english/stemmer.html; Pagefind's `pagefind_stem`
 * crate: https://github.com/CloudCannon/pagefind/blob/main/pagefind/Cargo.toml), so a description and a
 * report that use other forms of a word still meet: "used", "uses", "using" → "use"; "climbed" →
 * "climb"; "state" stays apart from "stats". Codes with digits or underscores keep their form.
 */
export const stem = (term: string): string => (/^[a-z]+$/.test(term) ? porter2(term) : term);
