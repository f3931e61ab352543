import type { Shortlist } from '../shortlist/repository';

/**
 * "The shortlist changed": said by whichever extension page or worker wrote it, heard by the
 * others (team sync sends the change; open dashboards reload what a teammate changed). A
 * BroadcastChannel reaches every extension context of this profile and never leaves the browser;
 * the message carries no data, only the fact.
 */
const CHANNEL = 'vetted-shortlist-changes';

function channel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
}

export function announceShortlistChange(): void {
  const c = channel();
  c?.postMessage('changed');
  c?.close();
}

export function onShortlistChange(listener: () => void): () => void {
  const c = channel();
  if (!c) return () => undefined;
  c.onmessage = (event: MessageEvent) => {
    if (event.data === 'changed') listener();
  };
  return () => c.close();
}

const WRITES = ['save', 'update', 'bulkUpdate', 'remove', 'bulkDelete', 'restore', 'applyCsvRows', 'applyContent', 'markExported'] as const;
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
