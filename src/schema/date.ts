import { z } from 'astro/zod';

/**
 * A calendar date written as `YYYY-MM-DD`.
 * Astro's YAML parser turns such values into `Date` objects while our own checker
 * keeps them as strings, so both are accepted and normalised to a `Date`.
 */
export const dateField = z.union([z.date(), z.string()], { error: 'expected a date written as YYYY-MM-DD' }).transform((value, ctx) => {
  const date = value instanceof Date ? value : new Date(`${value}T00:00:00Z`);
  // Round-trip so 2026-02-31 (which Date silently rolls into March) is refused.
  const real = !Number.isNaN(date.getTime()) && (value instanceof Date || date.toISOString().slice(0, 10) === value);
  if (!real) {
    ctx.addIssue({ code: 'custom', message: 'expected a real date written as YYYY-MM-DD' });
    return z.NEVER;
  }
  return date;
});
