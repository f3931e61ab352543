import { useMemo, useRef } from 'react';
import { DEFAULT_BRIEF } from '../../lib/scoring/default-brief';
import { OverlayView } from '../../components/overlay/overlay-view';
import type { SaveControl } from '../../components/overlay/overlay-model';
import { dashboardUrl } from './dashboard-url';
import { framePlatform } from './frame-platform';
import { useBriefs } from './use-briefs';
import { useCollapsed } from './use-collapsed';
import { useFrameLink, useFramePlacement } from './use-frame-placement';
import { useSave } from './use-save';
import { useSaveGate } from './use-save-gate';
import { useShortlistView } from './use-shortlist-view';
import { useTabState } from './use-tab-state';
import type { PanelStart } from './first-paint';

const DEFAULT_OPTIONS = [{ id: DEFAULT_BRIEF.id, name: DEFAULT_BRIEF.name }];

/**
 * The overlay page's wiring: the tab's state and the shortlist both come from the background
 * (never from the host page), asked for with the mount token the content script's private channel
 * gave us; the frame's size and place are settled over that channel. `start`: what the first
 * badge showed when the panel took over (first-paint.ts).
 */
export function OverlayConnector({ start }: { start?: PanelStart }) {
  const rootRef = useRef<HTMLDivElement>(null);
  const platform = useMemo(framePlatform, []);
  const link = useFrameLink();
  const token = link?.token ?? null;
  const loaded = useTabState(token, start?.input);
  const [collapsed, setCollapsed] = useCollapsed(start?.collapsed);
  const move = useFramePlacement(rootRef, platform, link);

  const report = loaded.kind === 'state' && loaded.state?.status === 'ready' ? loaded.state.report : null;
  const key = report?.key ?? null;
  const gate = useSaveGate(rootRef, link, report !== null && !collapsed);
  const shortlist = useShortlistView(token, key, report?.computedAt ?? null, report !== null && !collapsed);
  const briefs = useBriefs(token, shortlist.view?.briefs ?? DEFAULT_OPTIONS, report?.briefId ?? null, shortlist.error);
  const { state: saveState, save } = useSave(token, key, shortlist.view?.entry ?? null, gate, shortlist.markSaved);

  const saveControl = useMemo<SaveControl>(() => ({ state: saveState, dashboardUrl: key ? dashboardUrl(key) : '', onSave: save }), [saveState, key, save]);
  const history = shortlist.view?.history ?? null;
  const expand = useMemo(() => ({ onExpand: () => setCollapsed(false), onCollapse: () => setCollapsed(true) }), [setCollapsed]);

  return (
    <div ref={rootRef} className="vetted-root">
      <OverlayView loaded={loaded} collapsed={collapsed} {...expand} move={move} briefs={briefs} save={saveControl} history={history} now={new Date()} />
    </div>
  );
}
