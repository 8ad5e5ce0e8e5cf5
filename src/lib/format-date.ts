/** `2026-11-27` for machines; "27 Nov 2026" for people (UTC, so every build prints the same). */
export const isoDate = (d: Date) => d.toISOString().slice(0, 10);
export const humanDate = (d: Date) => d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
