import { askForReplay, parseCaptureMessage } from '../capture/capture-patterns';

/**
 * Receive the page-world script's copies of the page's own API responses. Only messages from this
 * window, with our shape, for one of the paths `wantedPaths()` names now on this origin get
 * through, as the JSON text the page received: the view parses it and reads it like any saved
 * response, or hands it to the background to read (lib/content/run-content.ts).
 */
export function listenForCaptures(win: Window, signal: AbortSignal, wantedPaths: () => readonly RegExp[] | undefined, onCapture: (text: string, url: URL) => void): void {
  win.addEventListener(
    'message',
    (event: MessageEvent) => {
      if (event.source !== win || event.origin !== win.location.origin) return;
      // Off a profile or post nothing reads captures: parsing a megabyte of the page's feed there is only cost.
      const paths = wantedPaths();
      if (!paths) return;
      const capture = parseCaptureMessage(event.data, paths, win.location.origin);
      if (capture) onCapture(capture.text, capture.url);
    },
    { signal },
  );
  askForReplay(win);
}
