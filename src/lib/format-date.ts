/** `2026-11-27` for machines; "27 Nov 2026" for people (UTC, so every build prints the same). */
export const isoDate = (d: Date) => d.toISOString().slice(0, 10);

// One formatter: `toLocaleDateString` builds a new one per call (~0.5 ms; 6 s over 10,000 pages).
// And each date formatted once: a call still takes ~20 µs, and pages show a few hundred distinct dates.
const human = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const formatted = new Map<number, string>();
export const humanDate = (d: Date) => {
  let text = formatted.get(d.getTime());
  if (text === undefined) formatted.set(d.getTime(), (text = human.format(d)));
  return text;
};
