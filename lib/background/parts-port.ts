/**
 * Requests that come in parts over a port (lib/messages/message-parts.ts): joined, then routed with
 * the port's sender exactly as the same request sent whole, and answered on the port.
 */
import { partsAssembler } from '../messages/message-parts-assembly';
import { PARTS_PORT } from '../messages/message-parts';
import type { SenderInfo } from '../messages/sender';

/** What is used of a runtime Port. */
export interface PartsPort {
  name: string;
  sender?: SenderInfo;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  postMessage(message: unknown): void;
  disconnect(): void;
}

export function servePartsPort(port: PartsPort, route: (message: unknown, sender: SenderInfo) => Promise<unknown>): void {
  if (port.name !== PARTS_PORT) return;
  const take = partsAssembler();
  port.onMessage.addListener((message) => {
    const step = take(message);
    if (step.kind === 'more') return;
    if (step.kind === 'refused') return port.disconnect();
    void route(step.request, port.sender ?? {}).then(
      (answer) => {
        try {
          port.postMessage(answer);
        } catch {
          // The content script went away meanwhile.
        }
      },
      () => port.disconnect(),
    );
  });
}
