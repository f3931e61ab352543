/**
 * The few `chrome.*` calls the e2e tests make inside extension pages and the worker, typed here
 * (the project has no @types/chrome). Use as `chromeApi()` inside page.evaluate / worker.evaluate:
 * the function body is what runs in the browser, so it must not close over anything.
 */
export interface ChromeApi {
  tabs: { query(query: object): Promise<Array<{ id?: number; url?: string }>> };
  runtime: { sendMessage(message: unknown): Promise<unknown>; reload(): void; id: string };
}

export type WithChrome = typeof globalThis & { chrome: ChromeApi };
