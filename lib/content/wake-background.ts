import { isProfileOrPostUrl } from './wake-url';
import { recordWake } from './wake-signal';

/** The one call the wake script makes: `runtime.sendMessage` of the browser's own API. */
export interface WakeRuntime {
  sendMessage(message: unknown): Promise<unknown> | undefined;
}

/**
 * At document_start on a profile or post page, tell the background the page is coming: a stopped
 * worker starts (evaluates its script, opens its listeners) while the page is still parsing,
 * instead of when the profile script asks at document_end. The answer carries nothing but its
 * arrival, which `scope` (the isolated world's global) keeps for the profile script (wake-signal.ts);
 * a context that is gone (extension reloaded) or a worker that fails is not this page's problem.
 */
export function wakeBackground(href: string, runtime: WakeRuntime | undefined, scope: object = globalThis): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if (!runtime || !isProfileOrPostUrl(url)) return false;
  try {
    const answer = runtime.sendMessage({ type: 'page/wake' });
    void answer?.catch(() => {});
    recordWake(scope, answer);
  } catch {
    // Thrown synchronously when the extension context is invalidated.
  }
  return true;
}
