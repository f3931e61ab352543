import { z } from '../../lib/contracts/zod-mini';
import type { DragPointer } from '../../components/overlay/overlay-model';

/** What the overlay page asks of the frame the content script made for it (lib/content/frame-placement.ts). */
export type FrameRequest =
  | { type: 'size'; width: number; height: number }
  | { type: 'move'; dx: number; dy: number; commit: boolean }
  | { type: 'place'; right: number; bottom: number }
  | ({ type: 'drag'; phase: 'start' | 'move' | 'end' } & DragPointer)
  | { type: 'guard'; on: boolean }
  | { type: 'check'; id: number };

const Offset = z.number().check(z.minimum(0), z.maximum(20_000));

/** The content script's answers, over the private port only. */
export const FrameAnswerSchema = z.discriminatedUnion('type', [
  /** Where the frame ended up after clamping, and how tall the panel may be. */
  z.object({ type: z.literal('placed'), right: Offset, bottom: Offset, maxHeight: z.number().check(z.minimum(0), z.maximum(5_000)), commit: z.boolean() }),
  /** Whether the frame looked untouched long enough for a click in it to save (the Firefox fallback). */
  z.object({ type: z.literal('checked'), id: z.number().check(z.int()), ok: z.boolean(), reason: z.optional(z.string().check(z.maxLength(200))) }),
]);
export type FrameAnswer = z.infer<typeof FrameAnswerSchema>;

/** The content script's first and only window message: the port and the per-mount token (lib/content/frame-channel.ts). */
const ConnectSchema = z.object({ type: z.literal('vetted/connect'), token: z.string().check(z.regex(/^[0-9a-f]{32}$/)) });

export interface FrameLink<S = unknown> {
  /** The per-mount token: every request to the background carries it. */
  token: string;
  /** What the background answered when it confirmed the token (frame-connection.ts: the tab's state then). */
  start: S;
  post(request: FrameRequest): void;
  /** Listen to the content script's answers; returns the way to stop. */
  listen(listener: (answer: FrameAnswer) => void): () => void;
}

/**
 * Our end of the channel to the content script that framed us. The parent window is the platform's
 * page: anything can arrive from it, the page's own messages included, and the page can post to
 * us through `window.frames`. So a message counts only if it carries a port and a token that the
 * background confirms is the one it gave this tab's content script for this mount (the page never
 * sees it); once one does, we stop listening to the window for good. Nothing is ever posted back
 * to the window: the page learns neither our origin nor our size. `confirm` answers false for a
 * token the background refuses, or what the link starts with.
 */
export function acceptFrameChannel<S>(win: Window, confirm: (token: string) => Promise<S | false>): Promise<FrameLink<S>> {
  return new Promise((resolve) => {
    const offers: Array<{ token: string; port: MessagePort }> = [];
    let checking = false;
    let done = false;
    const next = async () => {
      if (checking || done) return;
      const offer = offers.shift();
      if (!offer) return;
      checking = true;
      const start = await confirm(offer.token).catch(() => false as const);
      checking = false;
      if (start === false || done) {
        offer.port.close();
        void next();
        return;
      }
      done = true;
      win.removeEventListener('message', onMessage);
      for (const rest of offers.splice(0)) rest.port.close();
      resolve(linkOver(offer.port, offer.token, start));
    };
    const onMessage = (event: MessageEvent) => {
      if (done || event.source !== win.parent || win.parent === win || event.ports.length !== 1) return;
      const parsed = ConnectSchema.safeParse(event.data);
      if (!parsed.success) return;
      offers.push({ token: parsed.data.token, port: event.ports[0]! });
      void next();
    };
    win.addEventListener('message', onMessage);
  });
}

function linkOver<S>(port: MessagePort, token: string, start: S): FrameLink<S> {
  const listeners = new Set<(answer: FrameAnswer) => void>();
  port.onmessage = (event: MessageEvent) => {
    const parsed = FrameAnswerSchema.safeParse(event.data);
    if (parsed.success) for (const listener of listeners) listener(parsed.data);
  };
  return {
    token,
    start,
    post: (request) => port.postMessage(request),
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
