import type { Browser, CDPSession, Page } from '@playwright/test';

/** A worker the page's search may run in, and a way to run a function there. */
export interface SearchWorkerHandle {
  url: string;
  /** `dedicated` (the page's own, `page.workers()`) or `shared` (a `SharedWorker`, which can outlive the page). */
  kind: 'dedicated' | 'shared';
  /** For a shared worker, DevTools' id of it: the same id seen from two pages is the same running worker. */
  id?: string;
  evaluate<T>(fn: () => T): Promise<T>;
}

const sessions = new WeakMap<Browser, Promise<CDPSession>>();
let lastMessage = 0;

/**
 * The page's dedicated workers and the shared workers of its browser context. The search runs in a
 * shared worker where the browser has them (`src/client/early-search-worker.ts`), and Playwright
 * lists only dedicated workers, so shared ones are reached over the Chrome DevTools Protocol
 * (https://chromedevtools.github.io/devtools-protocol/tot/Target/).
 */
export async function searchWorkers(page: Page): Promise<SearchWorkerHandle[]> {
  const dedicated = page.workers().map((w): SearchWorkerHandle => ({ url: w.url(), kind: 'dedicated', evaluate: (fn) => w.evaluate(fn) }));
  const browser = page.context().browser();
  if (!browser) return dedicated;
  const cdp = await (sessions.get(browser) ?? sessions.set(browser, browser.newBrowserCDPSession()).get(browser)!);
  // Only the page's own browser context's: another test's context may still have its worker running.
  const own = await page.context().newCDPSession(page);
  const { targetInfo } = await own.send('Target.getTargetInfo');
  await own.detach();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const shared = targetInfos
    .filter((t) => t.type === 'shared_worker' && t.browserContextId === targetInfo.browserContextId)
    .map((t): SearchWorkerHandle => ({ url: t.url, kind: 'shared', id: t.targetId, evaluate: (fn) => evaluateIn(cdp, t.targetId, fn) }));
  return [...dedicated, ...shared];
}

/** Runs `fn` in a DevTools target and returns its value. */
async function evaluateIn<T>(cdp: CDPSession, targetId: string, fn: () => T): Promise<T> {
  // Not flattened: Playwright's browser session sends to the browser only, so messages to the target travel wrapped.
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  const id = ++lastMessage;
  type Reply = { result?: { result: { value: T }; exceptionDetails?: unknown } };
  const reply = new Promise<Reply>((resolve) => {
    const listen = (e: { sessionId?: string; message: string }) => {
      const message = JSON.parse(e.message) as Reply & { id?: number };
      if (e.sessionId !== sessionId || message.id !== id) return;
      cdp.off('Target.receivedMessageFromTarget', listen);
      resolve(message);
    };
    cdp.on('Target.receivedMessageFromTarget', listen);
  });
  const params = { expression: `(${fn.toString()})()`, returnByValue: true, awaitPromise: true };
  await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: 'Runtime.evaluate', params }) });
  const { result } = await reply;
  await cdp.send('Target.detachFromTarget', { sessionId });
  if (!result || result.exceptionDetails) throw new Error(`evaluating in ${targetId} failed: ${JSON.stringify(result?.exceptionDetails)}`);
  return result.result.value;
}

/**
 * Makes the page's browser lack `SharedWorker`, as one without it would: the search then starts a
 * worker of its own on every page (the path of every search when no worker is kept between pages).
 */
export async function withoutSharedWorkers(page: Page): Promise<void> {
  await page.addInitScript(() => delete (self as { SharedWorker?: unknown }).SharedWorker);
}
