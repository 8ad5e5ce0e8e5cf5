/**
 * The parts of Pagefind's runtime API we use (https://pagefind.app/docs/api/), the same file in the
 * browser (`src/client/pagefind.ts`) and in Node (`src/mcp/pagefind-node.ts`). Types only.
 */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ url: string; meta: Record<string, string | undefined> }>;
}

export interface Pagefind {
  options(options: { basePath?: string; baseUrl?: string; noWorker?: boolean; metaCacheTag?: string }): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
  /** Loads the index chunks a search of `term` needs, without searching. */
  preload(term: string): Promise<void>;
}
