import { spawn } from 'node:child_process';
import { get } from 'node:http';
import { fileURLToPath } from 'node:url';

const astroBin = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

const answers = (url: string) =>
  new Promise<boolean>((resolve) => {
    get(url, (res) => resolve((res.resume(), res.statusCode === 200))).on('error', () => resolve(false));
  });

/** Serves `dist/` with `astro preview` and resolves once it answers. */
export async function startPreview(port: number, base = '/'): Promise<{ url: string; stop: () => void }> {
  // Node runs Astro directly (not through npx) so that stopping it stops the server.
  const child = spawn(process.execPath, [astroBin, 'preview', '--host', '127.0.0.1', '--port', String(port)], { stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}${base}`;
  for (let i = 0; i < 300; i++) {
    if (await answers(url)) return { url, stop: () => child.kill() };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`astro preview did not answer on ${url}; run \`npm run build\` first`);
}
