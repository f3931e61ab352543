import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import { OverlayView } from '../../../components/overlay/overlay-view';
import { VERDICT_LABEL } from '../../../lib/vetting/labels';
import type { VettingReport } from '../../../lib/contracts/report';
import { makeBrief, makePosts, makeReport, makeSnapshot, NOW } from '../../lib/vetting/factory';
import { byTestId, readyState, render, viewProps, type Rendered } from './render';

let view: Rendered | null = null;
afterEach(() => {
  view?.unmount();
  view = null;
});

const strong = () => makeReport();
const possible = () => makeReport(makeSnapshot({}, makePosts(12, () => ({ likes: 60, comments: 1 }))));
/** Low engagement against a brief that wants a niche the creator never mentions and daily posts. */
const weak = () =>
  makeReport(
    makeSnapshot({}, makePosts(12, () => ({ likes: 10, comments: 0 }))),
    NOW,
    makeBrief({ id: 'cooking', name: 'Cooking', nicheKeywords: ['cooking'], minPostsPerWeek: 7, weights: { engagement: 40, authenticity: 10, cadence: 20, niche: 30, audienceSize: 0, sponsored: 0, budget: 0 } }),
  );
const outside = () => makeReport(makeSnapshot({ followers: 2_000_000 }));
/** Likes shown on 1 of 12 posts: too little to judge. */
const insufficient = () => makeReport(makeSnapshot({}, makePosts(12, (i) => (i === 0 ? {} : { likes: null, comments: null }))));

function badge(report: VettingReport) {
  view = render(<OverlayView {...viewProps({ loaded: readyState(report) })} />);
  return byTestId(view.container, 'overlay-badge')!;
}

describe('collapsed badge', () => {
  it('shows a loading state, not a number, while connecting and while the background reads the page', () => {
    view = render(<OverlayView {...viewProps({ loaded: { kind: 'connecting' } })} />);
    expect(byTestId(view.container, 'overlay-badge')!.dataset.state).toBe('loading');
    expect(byTestId(view.container, 'overlay-badge')!.getAttribute('aria-busy')).toBe('true');
    view.rerender(<OverlayView {...viewProps({ loaded: { kind: 'state', state: { status: 'loading', pageUrl: 'https://x.com/a', updatedAt: NOW.toISOString() } } })} />);
    expect(byTestId(view.container, 'overlay-badge')!.dataset.state).toBe('loading');
    expect(byTestId(view.container, 'overlay-score')).toBeNull();
  });

  it.each([
    ['strong', strong],
    ['possible', possible],
    ['weak', weak],
  ] as const)('%s: the fit score with the verdict line in its colour, tier and followers', (verdict, make) => {
    const report = make();
    expect(report.fit.verdict).toBe(verdict);
    const el = badge(report);
    expect(el.dataset.state).toBe('ready');
    expect(el.classList.contains(`verdict--${verdict}`)).toBe(true);
    expect(byTestId(el, 'overlay-score')!.textContent).toBe(String(report.fit.score));
    expect(byTestId(el, 'overlay-verdict')!.textContent).toBe(`${VERDICT_LABEL[verdict]} · ${report.fit.score}`);
    expect(byTestId(el, 'overlay-verdict')!.textContent).toBe(report.fit.summary);
    expect(byTestId(el, 'overlay-tier')!.textContent).toBe(report.metrics.tier === 'mega' ? 'Mega' : 'Micro');
    expect(byTestId(el, 'overlay-followers')!.dataset.value).toBe(String(report.snapshot.creator.followers));
    expect(byTestId(el, 'overlay-followers')!.textContent).toBe(report.snapshot.creator.followers === 2_000_000 ? '2M followers' : '20k followers');
    expect(byTestId(el, 'overlay-handle')!.textContent).toBe('@test.creator');
  });

  it.each([
    ['outside-brief', outside, 'Outside brief · 2M followers > 100k', '✕'],
    ['insufficient-evidence', insufficient, 'Too little to judge · engagement from 1 post', '?'],
  ] as const)('%s: the reason is the headline, and no number is shown', (verdict, make, line, mark) => {
    const report = make();
    expect(report.fit.verdict).toBe(verdict);
    expect(report.fit.score).not.toBeNull();
    const el = badge(report);
    expect(el.classList.contains(`verdict--${verdict}`)).toBe(true);
    expect(byTestId(el, 'overlay-verdict')!.textContent).toBe(line);
    expect(byTestId(el, 'overlay-score')).toBeNull();
    expect(byTestId(el, 'overlay-mark')!.textContent).toBe(mark);
    expect(byTestId(el, 'overlay-mark')!.getAttribute('aria-hidden')).toBe('true');
    expect(el.textContent).not.toContain(String(report.fit.score));
    expect(byTestId(el, 'overlay-tier')!.textContent).toBe(verdict === 'outside-brief' ? 'Mega' : 'Micro');
  });

  it.each([
    ['private', 'This account is private'],
    ['unsupported-layout', 'does not recognise this page layout'],
  ] as const)("couldn't read (%s): says why and shows no number", (reason, words) => {
    view = render(
      <OverlayView
        {...viewProps({ loaded: { kind: 'state', state: { status: 'unreadable', pageUrl: 'https://www.instagram.com/a/', updatedAt: NOW.toISOString(), platform: 'instagram', reason, detail: '' } }, collapsed: false })}
      />,
    );
    const el = byTestId(view.container, 'overlay-badge')!;
    expect(el.dataset.state).toBe('unreadable');
    expect(el.textContent).toContain("Couldn't read this page.");
    expect(byTestId(el, 'overlay-reason')!.textContent).toContain(words);
    expect(el.textContent).not.toMatch(/\d/);
    // Even with the panel remembered open, an unreadable page gets no panel.
    expect(byTestId(view.container, 'overlay-panel')).toBeNull();
  });

  it('says when it cannot reach the background', () => {
    view = render(<OverlayView {...viewProps({ loaded: { kind: 'error', message: 'Extension context invalidated.' } })} />);
    expect(byTestId(view.container, 'overlay-badge')!.dataset.state).toBe('error');
    expect(view.container.textContent).toContain('Extension context invalidated.');
  });

  it('one click on the badge asks to expand; the badge button is named by what it shows', () => {
    let expanded = 0;
    view = render(<OverlayView {...viewProps({ loaded: readyState(strong()), onExpand: () => expanded++ })} />);
    const button = byTestId(view.container, 'overlay-expand') as HTMLButtonElement;
    expect(button.tagName).toBe('BUTTON');
    expect(button.textContent).toContain('Strong fit');
    act(() => button.click());
    expect(expanded).toBe(1);
  });

  it('the drag handle is a named button: arrow keys step, a pointer drag reports where the pointer is', () => {
    const steps: Array<[number, number]> = [];
    const drags: string[] = [];
    view = render(
      <OverlayView
        {...viewProps({ loaded: readyState(strong()), move: { onStep: (dx, dy) => steps.push([dx, dy]), onDrag: (phase, p) => drags.push(`${phase} ${p.clientX},${p.clientY}`) } })}
      />,
    );
    const handle = byTestId(view.container, 'overlay-drag')!;
    expect(handle.tagName).toBe('BUTTON');
    expect(handle.getAttribute('aria-label')).toMatch(/Move the Vetted overlay/);
    act(() => {
      handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
      handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', shiftKey: true, bubbles: true }));
      handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    expect(steps).toEqual([
      [-16, 0],
      [0, -64],
    ]);
    const pointer = (type: string, x: number, y: number, buttons = 1) => new PointerEvent(type, { bubbles: true, button: 0, buttons, clientX: x, clientY: y, pointerId: 1 });
    act(() => {
      handle.dispatchEvent(pointer('pointermove', 5, 5));
      handle.dispatchEvent(pointer('pointerdown', 100, 200));
      handle.dispatchEvent(pointer('pointermove', 90, 180));
      handle.dispatchEvent(pointer('pointerup', 80, 170, 0));
      handle.dispatchEvent(pointer('pointermove', 70, 160, 0));
    });
    // Moves before the press and after the release are not part of the drag.
    expect(drags).toEqual(['start 100,200', 'move 90,180', 'end 80,170']);
  });
});
