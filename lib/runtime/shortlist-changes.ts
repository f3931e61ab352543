import { z } from '../contracts/zod-mini';
import type { Shortlist } from '../shortlist/repository';

/**
 * "The shortlist changed": said by whichever extension page or worker wrote it, heard by the
 * others (team sync sends the change; an open popup or dashboard reloads what the overlay, another
 * tab or a teammate changed). A BroadcastChannel reaches every extension context of this profile
 * and never leaves the browser; the message carries no data, only the fact and which context said it.
 */
const CHANNEL = 'vetted-shortlist-changes';

/** This context (page or worker): a page already shows its own writes and need not reload for them. */
const SELF = typeof crypto?.randomUUID === 'function' ? crypto.randomUUID() : String(Math.random()).slice(2);

const AnnouncementSchema = z.object({ type: z.literal('shortlist-changed'), from: z.string().check(z.maxLength(64)) });

function channel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
}

export function announceShortlistChange(): void {
  const c = channel();
  c?.postMessage({ type: 'shortlist-changed', from: SELF } satisfies z.infer<typeof AnnouncementSchema>);
  c?.close();
}

/** `othersOnly`: ignore what this context wrote itself (a page that updates its view after its own writes). */
export function onShortlistChange(listener: () => void, { othersOnly = false }: { othersOnly?: boolean } = {}): () => void {
  const c = channel();
  if (!c) return () => undefined;
  c.onmessage = (event: MessageEvent) => {
    const said = AnnouncementSchema.safeParse(event.data);
    if (said.success && !(othersOnly && said.data.from === SELF)) listener();
  };
  return () => c.close();
}

const WRITES = ['save', 'update', 'edit', 'bulkUpdate', 'remove', 'bulkDelete', 'restore', 'applyCsvRows', 'applyContent', 'markExported'] as const;
const BRIEF_WRITES = ['put', 'remove', 'setActive'] as const;

/** The shortlist, saying so after each write that succeeded. */
export function announcingShortlist(shortlist: Shortlist): Shortlist {
  const wrapped: Shortlist = { ...shortlist, briefs: { ...shortlist.briefs } };
  const target = wrapped as unknown as Record<string, unknown>;
  for (const name of WRITES) {
    const write = shortlist[name] as (...args: unknown[]) => Promise<unknown>;
    target[name] = async (...args: unknown[]) => {
      const result = await write(...args);
      announceShortlistChange();
      return result;
    };
  }
  const briefs = wrapped.briefs as unknown as Record<string, unknown>;
  for (const name of BRIEF_WRITES) {
    const write = shortlist.briefs[name] as (...args: unknown[]) => Promise<unknown>;
    briefs[name] = async (...args: unknown[]) => {
      const result = await write(...args);
      announceShortlistChange();
      return result;
    };
  }
  return wrapped;
}
