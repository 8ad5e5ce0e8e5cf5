/**
 * Where the site is published: the one place to change it.
 * `SITE_URL` (default `http://localhost:4321`) is the origin used for canonical
 * and Open Graph URLs; `BASE_PATH` (default `/`) serves the site under a sub-path
 * such as `/kb/`.
 */
const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};

export const site = {
  url: env.SITE_URL ?? 'http://localhost:4321',
  base: env.BASE_PATH ?? '/',
  name: 'Error KB',
  tagline: 'Paste an error. Get the fix.',
} as const;
