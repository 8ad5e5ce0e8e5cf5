/**
 * The environment, read here and nowhere else.
 * `SITE_URL` (default `http://localhost:4321`) is the origin used for canonical and Open
 * Graph URLs; `BASE_PATH` (default `/`) serves the site under a sub-path such as `/kb/`.
 * `KB_CONTENT_DIR` (default `content`) builds another content folder (benchmarks, tests);
 * `KB_STRICT=1` turns near-duplicate warnings into failures (as `npm test` does).
 * `KB_SHARD=i/N` builds shard i of N: the error pages (and their cards) whose slug falls in it,
 * plus every other route; `npm run merge` joins the shards (README, "Sharded builds").
 * For hosts with a file limit (README, "Deploying"): `KB_CARDS=off` builds no preview cards
 * (10,000 files fewer at 10,000 pages), `KB_PAGEFIND_MAX_FRAGMENTS=N` has Pagefind bundle
 * its per-page fragment files into shared ones past N pages.
 * `REPO_URL` (e.g. `https://github.com/acme/error-kb`, no default) is the repository the site is
 * built from: with it, pages link "Report a problem", "Edit this page" and "Request a page"
 * there; without it, none of them is shown. `REPO_BRANCH` (default `main`) is the branch edited.
 */
import { parseShard, type Shard } from './sharding/partition.ts';

const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};

export const site = {
  url: env.SITE_URL ?? 'http://localhost:4321',
  base: env.BASE_PATH ?? '/',
  name: 'Error KB',
  tagline: 'Paste an error. Get the fix.',
} as const;

export const repository = {
  url: env.REPO_URL?.trim().replace(/\/+$/, '') || undefined,
  branch: env.REPO_BRANCH?.trim() || 'main',
} as const;

export const buildSettings = {
  /** The content folder, relative to the project root or absolute. */
  contentDir: env.KB_CONTENT_DIR ?? 'content',
  /** Whether another content folder than `content/` was asked for. */
  otherContent: env.KB_CONTENT_DIR !== undefined,
  strict: env.KB_STRICT === '1',
  /** The shard this build writes, or none: the whole site. */
  shard: (env.KB_SHARD ? parseShard(env.KB_SHARD) : undefined) as Shard | undefined,
  cards: env.KB_CARDS !== 'off',
  pagefindMaxFragments: env.KB_PAGEFIND_MAX_FRAGMENTS ? Number(env.KB_PAGEFIND_MAX_FRAGMENTS) : undefined,
} as const;

/**
 * When a page's `verified` date counts as stale: older than `KB_STALE_AFTER_DAYS` days
 * (default 180) on `KB_TODAY` (`YYYY-MM-DD`, default the day of the build, UTC). Stale pages
 * get a banner and are listed as warnings by `npm run check`; tests fix `KB_TODAY`.
 */
export const freshness = {
  staleAfterDays: Number(env.KB_STALE_AFTER_DAYS ?? 180),
  today: env.KB_TODAY ? new Date(`${env.KB_TODAY}T00:00:00Z`) : new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`),
} as const;
