import { afterEach, describe, expect, it } from 'vitest';
import { OverlayView } from '../../../components/overlay/overlay-view';
import type { VettingReport } from '../../../lib/contracts/report';
import { makeReport, makeSnapshot } from '../../lib/vetting/factory';
import { byTestId, readyState, render, viewProps, type Rendered } from './render';

let view: Rendered | null = null;
afterEach(() => {
  view?.unmount();
  view = null;
});

function panel(report: VettingReport) {
  view = render(<OverlayView {...viewProps({ loaded: readyState(report), collapsed: false })} />);
  return view.container;
}

describe('the panel says what post pages added and which to open next', () => {
  it('on a YouTube channel: the videos opened and how many more would measure engagement', () => {
    const report = makeReport(makeSnapshot({ platform: 'youtube', handle: 'onemedia.' }));
    report.postEvidence = { postsFromPostPages: 1, comments: { sampled: 20, posts: 1, signals: [] }, nextStep: "Open 4 more of the creator's recent videos so that engagement counts in the verdict: 1 of the 5 needed show likes and views (1 read on video pages)." };
    const root = panel(report);
    expect(byTestId(root, 'post-pages-read')!.textContent).toBe('From videos you opened: 1 video read on its own page, 20 comments from 1 video.');
    expect(byTestId(root, 'post-next-step')!.textContent).toBe(report.postEvidence.nextStep);
    // Below Save, which stays in the panel's first view with the verdict and the four figures.
    expect(byTestId(root, 'section-save')!.compareDocumentPosition(byTestId(root, 'post-pages-note')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('nothing when no post page was read and none would help', () => {
    const root = panel(makeReport());
    expect(byTestId(root, 'post-pages-note')).toBeNull();
  });
});
