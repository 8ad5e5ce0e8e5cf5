/**
 * The parts of Pagefind's runtime API we use (https://pagefind.app/docs/api/), the same file in the
 * browser (`src/client/pagefind.ts`) and in Node (`src/mcp/pagefind-node.ts`).
 */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ url: string; meta: Record<string, string | undefined>; filters?: Record<string, string[]> }>;
}

export interface Pagefind {
  options(options: { basePath?: string; baseUrl?: string; noWorker?: boolean; metaCacheTag?: string }): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
  /** Loads the index chunks a search of `term` needs, without searching. */
  preload(term: string): Promise<void>;
}

type Fragment = Awaited<ReturnType<PagefindResult['data']>>;

/** A page's URL and data (`META`: the index has it as filter values, one each) from its Pagefind fragment. */
export function pageData({ url, filters = {} }: Fragment): { url: string; meta: Record<string, string | undefined> } {
  return { url, meta: Object.fromEntries(Object.entries(filters).map(([key, [value]]) => [key, value])) };
}

export const resultPage = async (result: PagefindResult) => pageData(await result.data());
