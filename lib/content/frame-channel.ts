/** What the content script sends the frame, once, to open the channel (the frame checks the token with the background). */
export const CONNECT_TYPE = 'vetted/connect';

export interface FrameChannel {
  post(message: object): void;
  close(): void;
}

/**
 * The content script's end of a private channel to the overlay frame. The frame's end of a
 * MessageChannel goes to the frame once, posted to its window with the extension's exact origin
 * (so only our page, not a document the page navigated the frame to, can receive it) together with
 * the per-mount token the background gave this content script. From then on both sides talk over
 * the port: nothing is posted to the page's window, and nothing the page posts is listened to.
 *
 * The frame loads once. A second load means something navigated it (the page can, through
 * `window.frames`): whatever is in it now is not ours, and `onHijacked` replaces it.
 */
export function openFrameChannel(
  iframe: HTMLIFrameElement,
  targetOrigin: string,
  token: Promise<string | null>,
  on: { message(data: unknown): void; hijacked(): void },
  signal: AbortSignal,
): FrameChannel {
  const channel = new MessageChannel();
  let loads = 0;
  let closed = false;
  channel.port1.onmessage = (event: MessageEvent) => {
    if (!closed) on.message(event.data);
  };
  const onLoad = () => {
    loads += 1;
    if (loads > 1) {
      on.hijacked();
      return;
    }
    void token.then((value) => {
      // Sent once: a refused or missing token leaves the frame unconnected rather than retrying into a frame we no longer trust.
      if (closed || value === null || !iframe.isConnected) return;
      iframe.contentWindow?.postMessage({ type: CONNECT_TYPE, token: value }, targetOrigin, [channel.port2]);
    });
  };
  iframe.addEventListener('load', onLoad, { signal });
  return {
    post(message) {
      if (!closed) channel.port1.postMessage(message);
    },
    close() {
      closed = true;
      iframe.removeEventListener('load', onLoad);
      channel.port1.close();
    },
  };
}
