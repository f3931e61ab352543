import { z } from 'zod';
import { platformOfHost } from '../../lib/platforms/hosts';
import type { DragPointer } from '../../components/overlay/overlay-model';

/** What the overlay page asks of the frame the content script made for it. */
export type FrameRequest =
  | { type: 'size'; width: number; height: number }
  | { type: 'move'; dx: number; dy: number; commit: boolean }
  | { type: 'place'; right: number; bottom: number }
  | ({ type: 'drag'; phase: 'start' | 'move' | 'end' } & DragPointer);

const Offset = z.number().finite().min(0).max(20_000);

/** The content script's answer: where the frame ended up after clamping, and how tall the panel may be. */
export const PlacedMessageSchema = z.object({
  source: z.literal('vetted-frame'),
  type: z.literal('placed'),
  right: Offset,
  bottom: Offset,
  maxHeight: z.number().finite().min(0).max(5_000),
  commit: z.boolean(),
});
export type PlacedMessage = z.infer<typeof PlacedMessageSchema>;

/**
 * The parent is the platform's page: we cannot name its exact origin up front, and what we send
 * is only sizes and offsets, so '*' reveals nothing the page cannot measure itself.
 */
export function postToFrame(target: Window, request: FrameRequest): void {
  target.postMessage({ source: 'vetted-overlay', ...request }, '*');
}

/** Accept a message only from our own parent frame, on one of the platforms' HTTPS hosts, and in shape. */
export function parsePlacedMessage(event: Pick<MessageEvent, 'data' | 'origin' | 'source'>, parent: Window): PlacedMessage | null {
  if (event.source !== parent || parent === window) return null;
  let origin: URL;
  try {
    origin = new URL(event.origin);
  } catch {
    return null;
  }
  if (origin.protocol !== 'https:' || !platformOfHost(origin.hostname)) return null;
  const parsed = PlacedMessageSchema.safeParse(event.data);
  return parsed.success ? parsed.data : null;
}
