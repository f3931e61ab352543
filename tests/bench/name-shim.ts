import type { Frame, Page } from 'playwright-core';

/**
 * tsx compiles with esbuild's keepNames, so a function passed to `evaluate` may call a `__name`
 * helper that exists only in Node. Defining it as the identity in the target makes those calls
 * harmless there.
 */
export async function shimNames(target: Page | Frame): Promise<void> {
  await target.evaluate('globalThis.__name ??= (fn) => fn; undefined');
}
