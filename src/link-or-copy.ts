import { copyFileSync, linkSync } from 'node:fs';

/**
 * Puts a built file where the site is assembled: a hard link when both are on one file system
 * (10,000 preview cards or a merge's 60,000 files take a fraction of a copy's time, and 1 GB
 * less disk), a copy otherwise. Safe because nothing writes to a built or cached file in place:
 * the card cache replaces a file by renaming a new one over it.
 */
export function linkOrCopy(source: string, target: string): void {
  try {
    linkSync(source, target);
  } catch (e) {
    if (!['EXDEV', 'EPERM', 'ENOTSUP', 'EMLINK'].includes((e as NodeJS.ErrnoException).code ?? '')) throw e;
    copyFileSync(source, target);
  }
}
