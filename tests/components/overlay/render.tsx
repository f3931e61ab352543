import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { VettingReport } from '../../../lib/contracts/report';
import type { TabState } from '../../../lib/messages/protocol';
import type { BriefChoice, MoveControl, OverlayInput, SaveControl } from '../../../components/overlay/overlay-model';
import type { OverlayViewProps } from '../../../components/overlay/overlay-view';
import { NOW } from '../../lib/vetting/factory';

// React's act() warns unless the environment says it is a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Rendered {
  container: HTMLElement;
  rerender(node: ReactNode): void;
  unmount(): void;
}

/** Render into a fresh container in the document (happy-dom), inside act so effects have run. */
export function render(node: ReactNode): Rendered {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container);
  act(() => root.render(node));
  return {
    container,
    rerender: (next) => act(() => root.render(next)),
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

export function readyState(report: VettingReport): OverlayInput {
  const state: TabState = { status: 'ready', pageUrl: report.snapshot.creator.profileUrl, updatedAt: NOW.toISOString(), report };
  return { kind: 'state', state };
}

export const noMove: MoveControl = { onDrag: () => {}, onStep: () => {} };

export function briefChoice(overrides: Partial<BriefChoice> = {}): BriefChoice {
  return { options: [{ id: 'default-micro', name: 'Micro-influencers (3k–100k)' }], switching: false, error: null, onSwitch: () => {}, ...overrides };
}

export function saveControl(overrides: Partial<SaveControl> = {}): SaveControl {
  return { state: { phase: 'idle' }, dashboardUrl: 'chrome-extension://test/dashboard.html#key=x', onSave: async () => true, ...overrides };
}

export function viewProps(overrides: Partial<OverlayViewProps> = {}): OverlayViewProps {
  return {
    loaded: { kind: 'connecting' },
    collapsed: true,
    onExpand: () => {},
    onCollapse: () => {},
    move: noMove,
    briefs: briefChoice(),
    save: saveControl(),
    history: null,
    now: NOW,
    ...overrides,
  };
}

/** Let lazily loaded parts (the charts) arrive and render. */
export async function settle(ms = 0) {
  await act(async () => {
    await import('../../../components/overlay/charts/post-chart');
    await import('../../../components/overlay/charts/follower-chart');
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
}

/** Open a closed panel section by its heading's button, as a person would. */
export function openSection(root: ParentNode, id: string) {
  const toggle = root.querySelector<HTMLButtonElement>(`[data-testid="toggle-${id}"]`);
  if (!toggle) throw new Error(`no section ${id}`);
  if (toggle.getAttribute('aria-expanded') !== 'true') act(() => toggle.click());
}

export const byTestId = (root: ParentNode, id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
export const allByTestId = (root: ParentNode, id: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];

/** Set an input's value the way React notices (through the native setter), then fire input. */
export function typeInto(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
}
