/** How a query ended: its outcome, or the error it failed with. */
export type Settled<T> = { outcome: T } | { error: unknown };

/**
 * Runs queries so that only the latest one is shown: typing starts a new query before the
 * last one has answered, and an earlier answer arriving late must not replace a newer one.
 * `run` resolves with how the query ended, or with `undefined` when a newer one superseded it.
 */
export function latestQuery<T>(search: (query: string) => Promise<T>) {
  let latest = 0;
  return {
    async run(query: string): Promise<Settled<T> | undefined> {
      const ticket = ++latest;
      let settled: Settled<T>;
      try {
        settled = { outcome: await search(query) };
      } catch (error) {
        settled = { error };
      }
      return ticket === latest ? settled : undefined;
    },
    /** Drops every query still running (the box was emptied). */
    cancel(): void {
      latest++;
    },
  };
}
