const DAY = 86_400_000;

/** Whole days from `from` to `to` (UTC dates). */
export const daysBetween = (from: Date, to: Date) => Math.floor((to.getTime() - from.getTime()) / DAY);

/**
 * Whether a page last verified on `verified` is stale on `today`: checked more than
 * `staleAfterDays` days ago. A page never verified is not stale here: it has no date to show.
 */
export function isStale(verified: Date | undefined, today: Date, staleAfterDays: number): boolean {
  return verified !== undefined && daysBetween(verified, today) > staleAfterDays;
}

/** Stale pages as warnings for `npm run check`, oldest first. */
export function staleWarnings(
  pages: ReadonlyArray<{ file: string; verified?: Date | undefined }>,
  today: Date,
  staleAfterDays: number,
): string[] {
  return pages
    .filter((p) => isStale(p.verified, today, staleAfterDays))
    .sort((a, b) => a.verified!.getTime() - b.verified!.getTime() || a.file.localeCompare(b.file))
    .map(
      (p) =>
        `${p.file}: last verified ${p.verified!.toISOString().slice(0, 10)}, ${daysBetween(p.verified!, today)} days ago (more than ${staleAfterDays}): check it against its sources and the current tool, then update \`verified\``,
    );
}
