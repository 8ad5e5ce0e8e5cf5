import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { BuiltFile } from './broken-links.ts';

/** Every file of a build output folder: its path inside it (with `/`) and where it is on disk. */
export function builtFiles(dir: string): Array<{ path: string; full: string }> {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .map((full) => ({ path: relative(dir, full).split('\\').join('/'), full }));
}

/** Every file of a build output folder; text for HTML/XML, empty for the rest (only existence matters). */
export function readBuiltFiles(dir: string): BuiltFile[] {
  return builtFiles(dir).map(({ path, full }) => ({ path, html: /\.(html|xml)$/.test(path) ? readFileSync(full, 'utf8') : '' }));
}

/** Every file of a build output folder as text; gzip files (Pagefind's index and fragments) decompressed first. */
export function builtTexts(dir: string): Array<{ path: string; text: string }> {
  return builtFiles(dir).map(({ path, full }) => {
    let bytes = readFileSync(full);
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
    return { path, text: bytes.toString('latin1') };
  });
}
