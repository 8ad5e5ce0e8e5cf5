import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BuiltFile } from './broken-links.ts';

/** Every file of a build output folder; text for HTML/XML, empty for the rest (only existence matters). */
export function readBuiltFiles(dir: string): BuiltFile[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => {
      const full = join(d.parentPath, d.name);
      return { path: relative(dir, full).split('\\').join('/'), html: /\.(html|xml)$/.test(d.name) ? readFileSync(full, 'utf8') : '' };
    });
}
