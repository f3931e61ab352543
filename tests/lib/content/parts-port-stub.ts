/**
 * `runtime.connect` for the content tests' stubbed browser: the port a large request goes over in
 * parts (lib/messages/message-parts.ts) is played by the background's own code (servePartsPort, the
 * real assembler), which hands the joined request to the test's `sendMessage` stub, as the real
 * port routes it. So the tests see every request whole, however it travelled.
 */
import { servePartsPort } from '../../../lib/background/parts-port';

type Listener = (message: unknown) => void;

export function partsPortTo(sendMessage: (request: unknown) => Promise<unknown>) {
  return ({ name }: { name: string }) => {
    const toBackground: Listener[] = [];
    const toContent: Listener[] = [];
    const closed: Array<() => void> = [];
    let open = true;
    const close = () => {
      if (!open) return;
      open = false;
      for (const listener of closed) listener();
    };
    // The background's end of the port.
    servePartsPort(
      {
        name,
        sender: {},
        onMessage: { addListener: (listener) => toBackground.push(listener) },
        postMessage: (message) => queueMicrotask(() => open && toContent.forEach((listener) => listener(message))),
        disconnect: close,
      },
      (request) => sendMessage(request),
    );
    // The content script's end.
    return {
      name,
      onMessage: { addListener: (listener: Listener) => toContent.push(listener) },
      onDisconnect: { addListener: (listener: () => void) => closed.push(listener) },
      postMessage: (message: unknown) => {
        if (!open) throw new Error('port closed');
        const copy: unknown = JSON.parse(JSON.stringify(message));
        toBackground.forEach((listener) => listener(copy));
      },
      disconnect: close,
    };
  };
}
