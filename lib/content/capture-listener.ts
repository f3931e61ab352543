import { REPLAY_REQUEST, parseCaptureMessage } from '../capture/capture-patterns';

/**
 * Receive the page-world script's copies of the page's own API responses. Only messages from this
 * window, with our shape, for a capture path on this origin get through; the JSON is parsed here
 * and read by the platform reader like any saved response, but only while `wanted()` says so.
 */
export function listenForCaptures(win: Window, capturePaths: readonly RegExp[], signal: AbortSignal, onCapture: (json: unknown, url: URL) => void, wanted: () => boolean = () => true): void {
  win.addEventListener(
    'message',
    (event: MessageEvent) => {
      // Off a profile nothing reads captures: parsing a megabyte of the page's feed there is only cost.
      if (event.source !== win || event.origin !== win.location.origin || !wanted()) return;
      const capture = parseCaptureMessage(event.data, capturePaths, win.location.origin);
      if (!capture) return;
      let json: unknown;
      try {
        json = JSON.parse(capture.text);
      } catch {
        return;
      }
      onCapture(json, capture.url);
    },
    { signal },
  );
  win.postMessage({ source: REPLAY_REQUEST }, win.location.origin);
}
