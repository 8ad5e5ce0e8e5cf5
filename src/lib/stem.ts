/**
 * A light English stemmer, as Pagefind stems when it searches: "increases", "increased",
 * "increasing", "increase" → "increas", so a description and a report in other forms of the same words still meet.
 * Only plain words of more than four letters; codes with digits or underscores keep their form.
 */
export function stem(term: string): string {
  if (term.length <= 4 || !/^[a-z]+$/.test(term) || term.endsWith('ss')) return term;
  return term.replace(/(?:ing|ed|es|e|s)$/, '');
}
