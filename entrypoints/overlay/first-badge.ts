import type { VettingReport } from '../../lib/contracts/report';
import type { TabState } from '../../lib/messages/protocol';
import { formatCount, formatFollowers } from '../../lib/format/format';
import { TIER_LABEL, UNREADABLE_TEXT, verdictShowsScore } from '../../lib/vetting/labels';
import type { MoveControl, OverlayInput } from '../../components/overlay/overlay-model';

/**
 * The overlay's first paint in plain DOM: the badge, in each state, exactly as the panel's React
 * components draw it (components/overlay/status-badge.tsx, fit-badge.tsx, drag-handle.tsx: same
 * elements, classes, test ids and text), so that nothing changes when the panel takes over. React
 * and the panel's code load only when the panel opens (first-paint.ts).
 */

type Child = Node | string;

function el(tag: string, attrs: Record<string, string>, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

const KEY_STEP = 16;
const ARROWS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/** The grip that moves the overlay (drag-handle.tsx): pointer drags and arrow keys. */
function dragHandle(move: MoveControl): HTMLElement {
  const button = el('button', { type: 'button', class: 'drag-handle', 'data-testid': 'overlay-drag', 'aria-label': 'Move the Vetted overlay (drag, or use the arrow keys)', title: 'Drag to move (or focus and use the arrow keys)' }, el('span', { 'aria-hidden': 'true' }, '⠿'));
  let dragging = false;
  const pointer = (e: PointerEvent) => ({ clientX: e.clientX, clientY: e.clientY });
  const end = (e: PointerEvent) => {
    if (!dragging) return;
    dragging = false;
    move.onDrag('end', pointer(e));
  };
  button.addEventListener('pointerdown', (e) => {
    if (e.button !== 0) return;
    e.preventDefault();
    button.setPointerCapture?.(e.pointerId);
    dragging = true;
    move.onDrag('start', pointer(e));
  });
  button.addEventListener('pointermove', (e) => {
    if (!dragging) return;
    // Released outside the frame, where the host page's side of the drag saw the release.
    if ((e.buttons & 1) === 0) dragging = false;
    else move.onDrag('move', pointer(e));
  });
  button.addEventListener('pointerup', end);
  button.addEventListener('pointercancel', end);
  button.addEventListener('keydown', (e) => {
    const arrow = ARROWS[e.key];
    if (!arrow) return;
    e.preventDefault();
    const step = e.shiftKey ? KEY_STEP * 4 : KEY_STEP;
    move.onStep(arrow[0] * step, arrow[1] * step);
  });
  return button;
}

function statusBadge(state: Exclude<TabState, { status: 'ready' }> | null, error?: string): HTMLElement {
  if (error !== undefined) return el('section', { class: 'badge badge--error', 'data-testid': 'overlay-badge', 'data-state': 'error', role: 'status' }, el('strong', {}, 'Vetted'), ` couldn't reach its background: ${error}`);
  if (!state || state.status === 'loading') {
    return el('section', { class: 'badge', 'data-testid': 'overlay-badge', 'data-state': 'loading', role: 'status', 'aria-busy': 'true' }, el('span', { class: 'spinner', 'aria-hidden': 'true' }), ' ', el('strong', {}, 'Vetted'), ' ', el('span', { class: 'muted' }, 'reading this profile…'));
  }
  const full = state.reason === 'storage-full';
  return el(
    'section',
    { class: full ? 'badge badge--error' : 'badge badge--warn', 'data-testid': 'overlay-badge', 'data-state': 'unreadable', 'data-reason': state.reason, role: full ? 'alert' : 'status' },
    el('strong', {}, "Couldn't read this page."),
    ' ',
    el('span', { 'data-testid': 'overlay-reason' }, UNREADABLE_TEXT[state.reason] ?? state.reason),
  );
}

function fitBadge(report: VettingReport, move: MoveControl, onExpand: () => void): HTMLElement {
  const { fit, metrics } = report;
  const creator = report.snapshot.creator;
  const followers = creator.followers;
  const exact = creator.provenance.followers?.exact ?? false;
  const showScore = verdictShowsScore(fit.verdict) && fit.score !== null;
  const score = showScore
    ? el('span', { class: 'score', 'data-testid': 'overlay-score', 'data-value': String(fit.score) }, String(fit.score))
    : el('span', { class: 'score score--mark', 'aria-hidden': 'true', 'data-testid': 'overlay-mark' }, fit.verdict === 'outside-brief' ? '✕' : '?');
  const meta = el(
    'span',
    { class: 'badge-meta' },
    el('span', { 'data-testid': 'overlay-handle' }, `@${creator.handle}`),
    ' · ',
    el('span', { 'data-testid': 'overlay-tier' }, metrics.tier ? TIER_LABEL[metrics.tier] : 'tier unknown'),
    ' · ',
    el(
      'span',
      { 'data-testid': 'overlay-followers', 'data-value': followers === null ? '' : String(followers), title: followers === null ? 'not shown on the page' : `${formatCount(followers)} (${exact ? 'exact count' : 'rounded on the page'})` },
      followers === null ? 'followers unknown' : `${formatFollowers(followers)} followers`,
    ),
  );
  const open = el(
    'button',
    { type: 'button', class: 'badge-open', 'aria-expanded': 'false', 'data-testid': 'overlay-expand', title: 'Open the Vetted panel' },
    score,
    el('span', { class: 'badge-text' }, el('strong', { class: 'verdict', 'data-testid': 'overlay-verdict', 'data-verdict': fit.verdict }, fit.summary), meta),
  );
  open.addEventListener('click', onExpand);
  return el('section', { class: `badge badge--ready verdict--${fit.verdict}`, 'data-testid': 'overlay-badge', 'data-state': 'ready', 'data-key': report.key }, dragHandle(move), open);
}

/** The badge for what the wiring knows (overlay-view.tsx's collapsed cases), drawn into `root`. */
export function renderFirstBadge(root: HTMLElement, loaded: OverlayInput, move: MoveControl, onExpand: () => void): void {
  let badge: HTMLElement;
  if (loaded.kind === 'error') badge = statusBadge(null, loaded.message);
  else if (loaded.kind === 'connecting') badge = statusBadge(null);
  else if (loaded.state?.status === 'ready') badge = fitBadge(loaded.state.report, move, onExpand);
  else badge = statusBadge(loaded.state);
  // The same badge again (a state that changed only where the badge does not show it) keeps its
  // elements: replacing them under a pointer or the keyboard focus would swallow the click.
  if (root.firstElementChild?.outerHTML === badge.outerHTML) return;
  root.replaceChildren(badge);
}
