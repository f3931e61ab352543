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
 * This tab's state as the background keeps it, asked for with this frame's mount token: asked for
 * once, then followed through session storage changes. A change seen while the first answer is on
 * its way is newer than that answer, so the answer never overwrites it: the view can only ever show
 * the latest creator of the tab. Plain code, shared by the first badge (no framework) and the
 * panel's hook. Returns the way to stop following.
 */
export function followTabState(token: string, show: (input: OverlayInput) => void): () => void {
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
  const ask = async (retries = 0) => {
    const answer = await askBackground({ type: 'overlay/state', token });
    if (!alive) return;
    // A worker that is waking up or being stopped drops the message: what the frame shows now
    // stays (the first badge may already show the creator) while we ask again.
    if (!answer.ok && answer.unreachable && retries < RETRY_MS.length) {
      setTimeout(() => void ask(retries + 1), RETRY_MS[retries]);
      return;
    }
    if (!answer.ok) return fail(answer.message);
    tabKey = tabStateKey(answer.value.tabId);
    apply(early.has(tabKey) ? early.get(tabKey) : answer.value.state);
    early.clear();
  };
  // Firefox gives no storage.session to an extension page framed in a web page (it lives in the
  // extension process only): there, ask the background again each second while the tab is shown.
  const session = browser.storage.session as typeof browser.storage.session | undefined;
  session?.onChanged.addListener(onChanged);
  const poll = session ? undefined : setInterval(() => document.visibilityState === 'visible' && void ask(), 1000);
  void ask();
  return () => {
    alive = false;
    session?.onChanged.removeListener(onChanged);
    if (poll !== undefined) clearInterval(poll);
  };
}
