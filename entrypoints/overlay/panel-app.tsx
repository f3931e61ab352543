import { createRoot } from 'react-dom/client';
import type { PanelStart } from './first-paint';
import { OverlayConnector } from './overlay-connector';

/** Loaded when the panel opens: React and the panel take over the frame from the first badge. */
export function mountPanel(root: HTMLElement, start: PanelStart): void {
  createRoot(root).render(<OverlayConnector start={start} />);
}
