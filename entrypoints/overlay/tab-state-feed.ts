import { browser } from 'wxt/browser';
import { TabStateSchema, type TabState } from '../../lib/messages/protocol';
import { tabStateKey } from '../../lib/messages/tab-state-key';
import { askBackground } from '../../lib/runtime/ask-background';
import type { OverlayInput } from '../../components/overlay/overlay-model';

/** Waits before asking again when the background could not be reached. */
const RETRY_MS = [250, 1000, 3000];

type Parsed = { ok: true; state: TabState | null } | { ok: false };

function parseState(raw: unknown): Parsed {
  if (raw === undefined || raw === null) return { ok: true, state: null };
  const parsed = TabStateSchema.safeParse(raw);
  return parsed.success ? { ok: true, state: parsed.data } : { ok: false };
}

/**
 * What the background answered when it confirmed this frame's token (frame-connection.ts): its tab
 * and, unless it could not read it, the tab's state then (checked here like any later state).
 */
export interface TabStart {
  tabId: number;
  state?: unknown;
}

/** The frame's link as the feed needs it: the mount token, and what the connection started with. */
export interface FeedLink {
  token: string;
  start?: TabStart;
}

/**
 * This tab's state as the background keeps it, for this frame's mount token: the state the
 * connection started with, or else asked for once, then followed through session storage changes.
 * The changes are listened to from this call on, so a caller that starts the feed before the
 * frame connects (the first badge) misses none made after the background read the state it starts
 * with. A change seen before that first state is applied is newer than it, so the first state
 * never overwrites it: the view can only ever show the latest creator of the tab. Plain code,
 * shared by the first badge (no framework) and the panel's hook. Returns the way to stop following.
 */
export function followTabState(link: FeedLink | Promise<FeedLink>, show: (input: OverlayInput) => void): () => void {
  let alive = true;
  let tabKey: string | null = null;
  /** Changes to any tab's state that arrived before we knew which tab is ours. */
  const early = new Map<string, unknown>();
  /** The state last shown: polling (Firefox) answers the same one every second. */
  let applied: string | undefined;
  const fail = (message: string) => {
    applied = undefined;
    show({ kind: 'error', message });
  };
  const apply = (raw: unknown) => {
    const text = JSON.stringify(raw ?? null);
    if (text === applied) return;
    const parsed = parseState(raw);
    if (!parsed.ok) return fail('the background sent a state Vetted cannot read');
    applied = text;
    show({ kind: 'state', state: parsed.state });
  };
  const onChanged = (changes: Record<string, { newValue?: unknown }>) => {
    if (!alive) return;
    if (tabKey === null) {
      for (const [key, change] of Object.entries(changes)) if (key.startsWith('tab:')) early.set(key, change.newValue);
      return;
    }
    if (tabKey in changes) apply(changes[tabKey]?.newValue);
  };
  /** The first state of the tab: from now on the tab's own changes apply at once. */
  const begin = (tabId: number, raw: unknown) => {
    tabKey = tabStateKey(tabId);
    apply(early.has(tabKey) ? early.get(tabKey) : raw);
    early.clear();
  };
  const ask = async (token: string, retries = 0) => {
    const answer = await askBackground({ type: 'overlay/state', token });
    if (!alive) return;
    // A worker that is waking up or being stopped drops the message: what the frame shows now
    // stays (the first badge may already show the creator) while we ask again.
    if (!answer.ok && answer.unreachable && retries < RETRY_MS.length) {
      setTimeout(() => void ask(token, retries + 1), RETRY_MS[retries]);
      return;
    }
    if (!answer.ok) return fail(answer.message);
    begin(answer.value.tabId, answer.value.state);
  };
  // Firefox gives no storage.session to an extension page framed in a web page (it lives in the
  // extension process only): there, ask the background again each second while the tab is shown.
  const session = browser.storage.session as typeof browser.storage.session | undefined;
  session?.onChanged.addListener(onChanged);
  let poll: ReturnType<typeof setInterval> | undefined;
  const connected = ({ token, start }: FeedLink) => {
    if (!alive) return;
    if (start !== undefined && 'state' in start) begin(start.tabId, start.state);
    else void ask(token);
    if (!session) poll = setInterval(() => document.visibilityState === 'visible' && void ask(token), 1000);
  };
  if (link instanceof Promise) void link.then(connected);
  else connected(link);
  return () => {
    alive = false;
    session?.onChanged.removeListener(onChanged);
    if (poll !== undefined) clearInterval(poll);
  };
}
