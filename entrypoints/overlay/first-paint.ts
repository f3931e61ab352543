import { browser } from 'wxt/browser';
import type { MoveControl, OverlayInput } from '../../components/overlay/overlay-model';
import { renderFirstBadge } from './first-badge';
import { frameLink } from './frame-connection';
import { followPlacement, moveControl, reportSize } from './frame-geometry';
import { framePlatform } from './frame-platform';
import { readCollapsed, writeCollapsed } from './overlay-settings';
import { followTabState } from './tab-state-feed';

/** Where the panel takes over: its first state and whether it opens collapsed. */
export interface PanelStart {
  input: OverlayInput;
  collapsed: boolean;
}

/**
 * The profile overlay's start: the badge in plain DOM (first-badge.ts), fed by the same tab-state
 * feed and frame geometry as the panel, so that the frame paints its badge without loading React.
 * The panel (React, its sections and charts) is loaded when the user opens it, or at once when the
 * user left it open last time; it then takes over the whole frame, badge included.
 */
export function startProfileOverlay(root: HTMLElement, loadPanel: () => Promise<(root: HTMLElement, start: PanelStart) => void>): void {
  const view = document.createElement('div');
  view.className = 'vetted-root';
  root.append(view);
  const stops: Array<() => void> = [];
  let shown: OverlayInput = { kind: 'connecting' };
  let control: MoveControl | null = null;
  /** The user's stored choice (true: badge); null until read. A ready creator waits for it, so that a remembered open panel is not preceded by a badge. */
  let collapsedChoice: boolean | null = null;
  let handedOver = false;
  const move: MoveControl = { onDrag: (phase, pointer) => control?.onDrag(phase, pointer), onStep: (dx, dy) => control?.onStep(dx, dy) };

  const openPanel = (collapsed: boolean) => {
    if (handedOver) return;
    handedOver = true;
    if (!collapsed) void writeCollapsed(browser.storage.local, false).catch(() => {});
    void loadPanel().then(
      (mount) => {
        for (const stop of stops.splice(0)) stop();
        view.remove();
        mount(root, { input: shown, collapsed });
      },
      (error: unknown) => {
        // The badge stays and keeps following the tab: the next click tries again.
        handedOver = false;
        console.error('Vetted could not load its panel', error);
      },
    );
  };
  const show = (input: OverlayInput) => {
    shown = input;
    if (handedOver) return;
    const ready = input.kind === 'state' && input.state?.status === 'ready';
    if (ready && collapsedChoice === null) return;
    if (ready && !collapsedChoice) return openPanel(false);
    renderFirstBadge(view, input, move, () => openPanel(false));
  };

  show(shown);
  void readCollapsed(browser.storage.local)
    .catch(() => true)
    .then((collapsed) => {
      collapsedChoice = collapsed;
      show(shown);
    });
  const link = frameLink();
  // Followed from now, before the frame connects: the connection's answer carries the tab's state,
  // and a change the background makes after reading it must reach us too.
  stops.push(followTabState(link, show));
  void link.then((connected) => {
    if (handedOver) return;
    control = moveControl(connected);
    stops.push(reportSize(view, connected), followPlacement(connected, framePlatform()));
  });
}
