import { afterEach, describe, expect, it } from 'vitest';
import { PostCompare } from '../../../components/overlay/post-compare';
import { postVsMedian } from '../../../lib/metrics/post-vs-median';
import { makePost, makePosts, makeReport, makeSnapshot } from '../../lib/vetting/factory';
import { byTestId, noMove, render, type Rendered } from './render';

let view: Rendered | null = null;
afterEach(() => {
  view?.unmount();
  view = null;
});

// Interactions 100..1000 → median 350; views 1000..8000 → median 3000 (see post-vs-median.test.ts).
const organic = [100, 200, 300, 400].map((likes, i) => ({ likes, comments: 0, views: [1_000, 2_000, 4_000, 8_000][i]! }));
const sponsored = [600, 1_000].map((likes) => ({ likes, comments: 0, sponsored: true }));
const report = makeReport(makeSnapshot({ handle: 'celebface' }, makePosts(6, (i) => [...organic, ...sponsored][i]!)));
const thisPost = makePost({ id: 'DFp17y5MymE', likes: 700, comments: 100, shares: 5, views: 2_400, sponsored: false });
const input = { platform: 'instagram' as const, handle: 'celebface', postId: 'DFp17y5MymE', post: thisPost, displayName: null, report };

function show(postView: ReturnType<typeof postVsMedian>) {
  view = render(<PostCompare loaded={{ kind: 'view', view: postView }} move={noMove} />);
  return view.container;
}

describe('the overlay on a post page', () => {
  it("shows the creator's verdict and this post against their median", () => {
    const root = show(postVsMedian(input));
    expect(byTestId(root, 'overlay-verdict')!.textContent).toBe(report.fit.summary);
    expect(byTestId(root, 'overlay-handle')!.textContent).toBe('@celebface');
    // 805 / 350 = 2.3; 2400 / 3000 = 0.8.
    expect(byTestId(root, 'post-interactions')!.textContent).toBe('2.3× median interactions');
    expect(byTestId(root, 'post-views')!.textContent).toBe('0.8× median views');
    expect(byTestId(root, 'post-interactions')!.title).toBe('This post 805; median 350 over 6 recent posts');
    expect(byTestId(root, 'post-sponsored')).toBeNull();
    expect(byTestId(root, 'post-vs-median')!.getAttribute('aria-label')).toBe("This post vs @celebface's median");
  });

  it('one click opens the profile report in a new tab, never in the frame', () => {
    const root = show(postVsMedian(input));
    const link = byTestId(root, 'post-open-profile')!.querySelector('a')!;
    expect(link.textContent).toBe("Open @celebface's report");
    expect(link.href).toBe(report.snapshot.creator.profileUrl);
    expect(link.target).toBe('_blank');
    expect(link.rel).toBe('noopener noreferrer');
  });

  it("gives a sponsored post the creator's sponsored-vs-organic ratio", () => {
    const root = show(postVsMedian({ ...input, post: { ...thisPost, sponsored: true } }));
    // Sponsored 600, 1000 → 800; organic 100..400 → 250: 3.2.
    expect(byTestId(root, 'post-sponsored')!.textContent).toBe('Sponsored posts get 3.2× the interactions of organic ones');
    expect(root.textContent).toContain('sponsored post');
  });

  it('says why a multiple is missing instead of a number', () => {
    const root = show(postVsMedian({ ...input, post: { ...thisPost, views: null } }));
    expect(byTestId(root, 'post-views')!.textContent).toBe('views: this post shows no views');
    expect(byTestId(root, 'post-views')!.dataset.value).toBe('');
  });

  it('says plainly when the profile was never opened, and links to it', () => {
    const root = show(postVsMedian({ ...input, report: null }));
    expect(byTestId(root, 'overlay-verdict')!.textContent).toBe('Not vetted yet');
    expect(byTestId(root, 'post-vs-median')).toBeNull();
    const link = byTestId(root, 'post-open-profile')!.querySelector('a')!;
    expect(link.textContent).toBe("Open @celebface's profile to compare this post");
    expect(link.href).toBe('https://www.instagram.com/celebface/');
  });

  it('shows no number while asking, and the reason when the background cannot answer', () => {
    view = render(<PostCompare loaded={{ kind: 'connecting' }} move={noMove} />);
    expect(byTestId(view.container, 'overlay-badge')!.getAttribute('aria-busy')).toBe('true');
    view.rerender(<PostCompare loaded={{ kind: 'error', message: 'no post has been read on this tab yet' }} move={noMove} />);
    expect(byTestId(view.container, 'overlay-badge')!.textContent).toContain('no post has been read on this tab yet');
  });
});
