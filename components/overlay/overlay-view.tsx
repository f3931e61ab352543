import { useEffect, useRef } from 'react';
import { FitBadge } from './fit-badge';
import { OverlayPanel } from './overlay-panel';
import type { FollowerReading } from '../../lib/contracts/report';
import type { BriefChoice, MoveControl, OverlayInput, SaveControl } from './overlay-model';
import { StatusBadge } from './status-badge';

export type { OverlayInput } from './overlay-model';

export interface OverlayViewProps {
  loaded: OverlayInput;
  collapsed: boolean;
  onExpand(): void;
  onCollapse(): void;
  move: MoveControl;
  briefs: BriefChoice;
  save: SaveControl;
  history: readonly FollowerReading[] | null;
  now: Date;
}

/**
 * What the overlay shows for a tab's state. Props in, callbacks out: testable without a browser.
 * Only a `ready` state has numbers; loading and unreadable pages get a badge that says so.
 */
export function OverlayView({ loaded, collapsed, onExpand, onCollapse, move, briefs, save, history, now }: OverlayViewProps) {
  const badgeButton = useRef<HTMLButtonElement>(null);

  const ready = loaded.kind === 'state' && loaded.state?.status === 'ready' ? loaded.state.report : null;
  const expanded = ready !== null && !collapsed;
  const wasExpanded = useRef(expanded);

  useEffect(() => {
    if (!expanded) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onCollapse();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [expanded, onCollapse]);

  // Back on the badge after collapsing, focus follows, so the keyboard is not left on nothing.
  // Only while the overlay has the focus: it never takes the keyboard from the page.
  useEffect(() => {
    if (wasExpanded.current && !expanded && document.hasFocus()) badgeButton.current?.focus();
    wasExpanded.current = expanded;
  }, [expanded]);

  if (loaded.kind === 'error') return <StatusBadge state={null} error={loaded.message} />;
  if (loaded.kind === 'connecting') return <StatusBadge state={null} />;
  if (!ready) return <StatusBadge state={loaded.state?.status === 'ready' ? null : loaded.state} />;
  if (expanded) return <OverlayPanel report={ready} onCollapse={onCollapse} move={move} briefs={briefs} save={save} history={history} now={now} />;
  return <FitBadge report={ready} onExpand={onExpand} move={move} buttonRef={badgeButton} />;
}
