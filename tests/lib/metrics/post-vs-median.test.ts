import { describe, expect, it } from 'vitest';
import { postVsMedian, sponsoredVsOrganic } from '../../../lib/metrics/post-vs-median';
import { makePost, makePosts, makeReport, makeSnapshot } from '../vetting/factory';

// The creator's profile: four organic posts, two sponsored ones and a pinned hit that counts for nothing.
const organic = [100, 200, 300, 400].map((likes, i) => ({ likes, comments: 0, views: [1_000, 2_000, 4_000, 8_000][i]! }));
const sponsored = [600, 1_000].map((likes) => ({ likes, comments: 0, sponsored: true }));
const profilePosts = [...makePosts(6, (i) => [...organic, ...sponsored][i]!), makePost({ likes: 50_000, comments: 0, views: 900_000, pinned: true, ageDays: 30 })];
const report = makeReport(makeSnapshot({ handle: 'celebface', displayName: 'Celeb Face' }, profilePosts));
const thisPost = makePost({ id: 'DFp17y5MymE', likes: 700, comments: 100, shares: 5, views: 6_000, sponsored: true, url: 'https://www.instagram.com/p/DFp17y5MymE/' });
const input = { platform: 'instagram' as const, handle: 'celebface', postId: 'DFp17y5MymE', post: thisPost, displayName: null, report };

describe('this post vs the creator median', () => {
  it('divides the post by the medians of the eligible posts the report stands on', () => {
    // Eligible: the six unpinned posts. Interactions 100, 200, 300, 400, 600, 1000 → median 350,
    // the report's own; views 1000, 2000, 4000, 8000 → median 3000.
    expect(report.metrics.eligiblePostIds).toHaveLength(6);
    expect(report.metrics.engagement.medianInteractions).toBe(350);
    const view = postVsMedian(input);
    // 700 + 100 + 5 = 805 interactions; 805 / 350 = 2.3. 6000 / 3000 = 2.
    expect(view.interactions).toEqual({ multiple: 2.3, post: 805, median: 350, postsUsed: 6, reason: null });
    expect(view.views).toEqual({ multiple: 2, post: 6_000, median: 3_000, postsUsed: 4, reason: null });
    expect(view.post).toEqual({ id: 'DFp17y5MymE', url: 'https://www.instagram.com/p/DFp17y5MymE/', sponsored: true });
    expect(view.creator).toEqual({ platform: 'instagram', handle: 'celebface', displayName: 'Celeb Face' });
    expect(view.profileUrl).toBe(report.snapshot.creator.profileUrl);
    expect(view.verdict).toEqual({ verdict: report.fit.verdict, summary: report.fit.summary, score: report.fit.score, confidence: report.confidence.level, computedAt: report.computedAt });
  });

  it("gives a sponsored post the creator's sponsored-vs-organic ratio, pinned posts left out", () => {
    // Sponsored 600, 1000 → median 800; organic 100, 200, 300, 400 → median 250; 800 / 250 = 3.2.
    expect(postVsMedian(input).sponsoredVsOrganic).toEqual({ ratio: 3.2, sponsoredMedian: 800, organicMedian: 250, sponsoredPosts: 2, organicPosts: 4, reason: null });
    expect(postVsMedian({ ...input, post: { ...thisPost, sponsored: false } }).sponsoredVsOrganic).toBeNull();
  });

  it('says why when a group is empty or its median is 0', () => {
    const onlyOrganic = sponsoredVsOrganic(makePosts(3, () => ({ likes: 10, comments: 0 })));
    expect(onlyOrganic).toMatchObject({ ratio: null, sponsoredPosts: 0, organicPosts: 3, organicMedian: 10 });
    expect(onlyOrganic.reason).toMatch(/sponsored/);
    const onlySponsored = sponsoredVsOrganic(makePosts(2, () => ({ likes: 10, comments: 0, sponsored: true })));
    expect(onlySponsored).toMatchObject({ ratio: null, sponsoredMedian: 10, organicPosts: 0 });
    expect(onlySponsored.reason).toMatch(/organic/);
    expect(sponsoredVsOrganic([makePost({ likes: 10, sponsored: true }), makePost({ likes: 0, comments: 0 })]).ratio).toBeNull();
  });

  it('without a vetted profile: no verdict, no medians, and the profile to open', () => {
    const view = postVsMedian({ ...input, report: null, handle: 'ones_makau', displayName: 'Ones Makau' });
    expect(view.verdict).toBeNull();
    expect(view.profileUrl).toBe('https://www.instagram.com/ones_makau/');
    expect(view.creator.displayName).toBe('Ones Makau');
    expect(view.interactions).toMatchObject({ multiple: null, post: 805, median: null, postsUsed: 0 });
    expect(view.interactions.reason).toMatch(/open it/);
    expect(view.sponsoredVsOrganic).toMatchObject({ ratio: null });
  });

  it('says why when the post or the profile shows no count to compare', () => {
    const bare = makePost({ id: 'DFp17y5MymE', likes: null, comments: null, views: null });
    const view = postVsMedian({ ...input, post: bare });
    expect(view.interactions).toMatchObject({ multiple: null, post: null, median: 350 });
    expect(view.interactions.reason).toMatch(/this post shows no/);
    const noViews = makeReport(makeSnapshot({ handle: 'celebface' }, makePosts(6)));
    expect(postVsMedian({ ...input, report: noViews }).views).toMatchObject({ multiple: null, median: null, postsUsed: 0 });
    const zero = makeReport(makeSnapshot({ handle: 'celebface' }, makePosts(6, () => ({ likes: 0, comments: 0 }))));
    expect(postVsMedian({ ...input, report: zero }).interactions).toMatchObject({ multiple: null, median: 0 });
  });

  it("takes the post's counts from the report when its page gave none", () => {
    const inReport = profilePosts[3]!;
    const view = postVsMedian({ ...input, postId: inReport.id, post: null });
    // 400 interactions / 350; 8000 views / 3000.
    expect(view.interactions.multiple).toBeCloseTo(400 / 350, 12);
    expect(view.views.multiple).toBeCloseTo(8_000 / 3_000, 12);
  });
});
