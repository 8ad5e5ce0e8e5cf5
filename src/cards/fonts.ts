import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { woffToSfnt } from './woff-to-sfnt.ts';

const require = createRequire(import.meta.url);

/** The card fonts, from Fontsource's npm packages, unpacked once to TTF in `cacheDir` (resvg reads files). */
export function cardFontFiles(cacheDir: string): string[] {
  mkdirSync(cacheDir, { recursive: true });
  return [
    '@fontsource/inter/files/inter-latin-400-normal.woff',
    '@fontsource/inter/files/inter-latin-700-normal.woff',
    '@fontsource/jetbrains-mono/files/jetbrains-mono-latin-400-normal.woff',
  ].map((spec) => {
    const out = join(
      cacheDir,
      spec
        .split('/')
        .pop()!
        .replace(/\.woff$/, '.ttf'),
    );
    if (!existsSync(out)) writeFileSync(out, woffToSfnt(readFileSync(require.resolve(spec))));
    return out;
  });
}
