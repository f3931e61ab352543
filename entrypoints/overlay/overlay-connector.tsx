import { useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import type { TabState } from '../../lib/messages/protocol';
import { tabStateKey } from '../../lib/messages/tab-state-key';
import { OverlayView } from '../../components/overlay/overlay-view';

type Loaded = { kind: 'connecting' } | { kind: 'state'; state: TabState | null } | { kind: 'error'; message: string };

/**
 * The overlay page's wiring: ask the background for this tab's state, follow its changes, and
 * tell the parent frame how big we want to be. The report comes from the background only; the
 * host page never hands us data.
 */
export function OverlayConnector() {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'connecting' });
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let tabId: number | null = null;
    let alive = true;
    const refresh = async () => {
      try {
        const response = await browser.runtime.sendMessage({ type: 'overlay/state' });
        if (!alive) return;
        const r = response as { ok: true; tabId: number; state: TabState | null } | { ok: false; error: { message: string } };
        if (r.ok) {
          tabId = r.tabId;
          setLoaded({ kind: 'state', state: r.state });
        } else setLoaded({ kind: 'error', message: r.error.message });
      } catch (error) {
        if (alive) setLoaded({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    };
    const onChanged = (changes: Record<string, unknown>) => {
      if (tabId !== null && tabStateKey(tabId) in changes) void refresh();
    };
    browser.storage.session.onChanged.addListener(onChanged);
    void refresh();
    return () => {
      alive = false;
      browser.storage.session.onChanged.removeListener(onChanged);
    };
  }, []);

  useEffect(() => {
    const el = rootRef.current;
    if (!el) return;
    const post = () => {
      const rect = el.getBoundingClientRect();
      window.parent.postMessage({ source: 'vetted-overlay', type: 'size', width: Math.ceil(rect.width), height: Math.ceil(rect.height) }, '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(el);
    post();
    return () => observer.disconnect();
  }, []);

  return (
    <div ref={rootRef} className="vetted-root">
      <OverlayView loaded={loaded} />
    </div>
  );
}
