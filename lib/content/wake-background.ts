import { isProfileOrPostUrl } from './wake-url';

/** The one call the wake script makes: `runtime.sendMessage` of the browser's own API. */
export interface WakeRuntime {
  sendMessage(message: unknown): Promise<unknown> | undefined;
}

/**
 * At document_start on a profile or post page, tell the background the page is coming: a stopped
 * worker starts (evaluates its script, opens its listeners) while the page is still parsing,
 * instead of when the platform's script asks at document_end. The answer carries nothing; a context
 * that is gone (extension reloaded) or a worker that fails is not this page's problem.
 */
export function wakeBackground(href: string, runtime: WakeRuntime | undefined): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if (!runtime || !isProfileOrPostUrl(url)) return false;
  try {
    void runtime.sendMessage({ type: 'page/wake' })?.catch(() => {});
  } catch {
    // Thrown synchronously when the extension context is invalidated.
  }
  return true;
}
