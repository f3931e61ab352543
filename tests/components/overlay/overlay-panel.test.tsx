import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { signalReason } from '../../../components/overlay/authenticity-section';
import { sourcesText } from '../../../components/overlay/confidence-section';
import { authenticityFindings } from '../../../components/overlay/key-figures';
import { OverlayView } from '../../../components/overlay/overlay-view';
import type { VettingReport } from '../../../lib/contracts/report';
import { makePosts, makeReport, makeSnapshot } from '../../lib/vetting/factory';
import { allByTestId, briefChoice, byTestId, openSection, readyState, render, settle, viewProps, type Rendered } from './render';

let view: Rendered | null = null;
afterEach(() => {
  view?.unmount();
  view = null;
});

function panel(report: VettingReport, overrides: Parameters<typeof viewProps>[0] = {}) {
  view = render(<OverlayView {...viewProps({ loaded: readyState(report), collapsed: false, ...overrides })} />);
  return byTestId(view.container, 'overlay-panel')!;
}

describe('expanded panel', () => {
  it('reads verdict and confidence first, then four key figures, then the shortlist; every other section starts closed', () => {
    const report = makeReport();
    const el = panel(report);
    const order = ['panel-verdict', 'brief-picker', 'key-figures', 'section-save'].map((id) => byTestId(el, id)!);
    for (let i = 1; i < order.length; i++) expect(order[i - 1]!.compareDocumentPosition(order[i]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(byTestId(el, 'fit-summary')!.closest('[data-testid="panel-verdict"]')).not.toBeNull();
    expect(byTestId(el, 'confidence-level')!.closest('[data-testid="panel-verdict"]')).not.toBeNull();
    const cards = allByTestId(el, 'key-figures')[0]!.querySelectorAll('.card');
    expect([...cards].map((c) => c.querySelector('dt')!.textContent)).toEqual(['Engagement', 'Posting', 'Authenticity', 'Price per post']);
    expect(byTestId(el, 'card-engagement')!.querySelector('.card-value')!.textContent).toBe('2.05%');
    expect(byTestId(el, 'card-engagement')!.querySelector('.card-detail')!.textContent).toBe('high for Micro');
    expect(byTestId(el, 'card-cadence')!.querySelector('.card-detail')!.textContent).toBe('last post 4 days ago');
    expect(byTestId(el, 'card-authenticity')!.textContent).toBe(`Authenticity${report.authenticity.score}/1001 warning in 8 checks`);
    const toggles = [...el.querySelectorAll<HTMLButtonElement>('.section-toggle')];
    expect(toggles.length).toBeGreaterThanOrEqual(8);
    for (const toggle of toggles) {
      expect(toggle.getAttribute('aria-expanded')).toBe('false');
      expect(document.getElementById(toggle.getAttribute('aria-controls')!)!.hidden).toBe(true);
    }
    openSection(el, 'cadence');
    expect(byTestId(el, 'toggle-cadence')!.getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById(byTestId(el, 'toggle-cadence')!.getAttribute('aria-controls')!)!.hidden).toBe(false);
  });

  it('says things in plain words: regularity, where the figures were read from', () => {
    const el = panel(makeReport());
    expect(el.textContent).not.toMatch(/Regularity|% variation|dom:|json:|Engagement too low/);
    expect(byTestId(el, 'section-cadence')!.textContent).toContain('Gaps between postssteady (gaps vary by 0% around the typical gap)');
    expect(sourcesText(['dom:header', 'dom:grid', 'json:ytInitialData', 'capture:browse'])).toBe("the page as shown, the page's own data, data the page loaded while you browsed");
  });

  it('lists each fit component with its points and reason, and the points add up to the score', () => {
    const report = makeReport();
    const el = panel(report);
    const rows = allByTestId(el, 'fit-component');
    expect(rows.map((r) => r.dataset.criterion)).toEqual(report.fit.components.map((c) => c.criterion));
    const engagement = report.fit.components.find((c) => c.criterion === 'engagement')!;
    const row = rows.find((r) => r.dataset.criterion === 'engagement')!;
    expect(row.textContent).toBe(`+${engagement.score}/${engagement.maxPoints} engagement ${engagement.reason}`);
    expect(rows.reduce((sum, r) => sum + Number(r.dataset.points), 0)).toBe(report.fit.score);
    expect(byTestId(el, 'fit-total')!.textContent).toBe(String(report.fit.score));
    expect(byTestId(el, 'hard-fails')).toBeNull();
  });

  it('heads the fit with its verdict line and says how many criteria were measured; unset and unmeasured ones show why they have no points', () => {
    // Likes on 3 of 12 posts: engagement below its minimum. The default brief sets no niche and no budget.
    const report = makeReport(makeSnapshot({}, makePosts(12, (i) => (i < 3 ? {} : { likes: null, comments: null }))));
    const el = panel(report);
    expect(report.fit.verdict).toBe('insufficient-evidence');
    expect(byTestId(el, 'fit-summary')!.textContent).toBe('Too little to judge · engagement from 3 posts');
    expect(byTestId(el, 'fit-measured')!.textContent).toBe(
      `Score ${report.fit.score}/100 over ${report.fit.measured.criteria} of ${report.fit.measured.of} criteria measured — too little to judge: engagement from 3 posts`,
    );
    const rows = allByTestId(el, 'fit-component');
    const status = Object.fromEntries(rows.map((r) => [r.dataset.criterion, r.dataset.status]));
    expect(status).toMatchObject({ engagement: 'not-measured', niche: 'not-set', budget: 'not-set' });
    expect(rows.find((r) => r.dataset.criterion === 'engagement')!.textContent).toMatch(/^not measured engagement engagement from 3 of 12 posts is too few/);
    expect(rows.find((r) => r.dataset.criterion === 'niche')!.textContent).toBe('not in the brief niche the brief sets no niche keywords');
    // The rate is still shown, marked.
    expect(byTestId(el, 'engagement-note')!.textContent).toBe('too few posts (3 of 12)');
  });

  it('shows the band\'s own statistic beside Vetted\'s per-post median, each labelled', () => {
    const posts = makePosts(12, (i) => ({ likes: 400, comments: 0, views: i % 2 === 0 ? 2_000 : 20_000, kind: 'video' }));
    const report = makeReport(makeSnapshot({ platform: 'tiktok', profileUrl: 'https://www.tiktok.com/@test.creator' }, posts));
    const el = panel(report);
    expect(byTestId(el, 'figure-band-statistic')!.querySelector('dt')!.textContent).toBe("Band's statistic");
    expect(byTestId(el, 'figure-band-statistic')!.querySelector('.value')!.textContent).toBe('3.64% over 12 posts');
    expect(byTestId(el, 'figure-band-statistic')!.textContent).toContain('median interactions per post ÷ median views per post, over the latest 30 posts');
    expect(byTestId(el, 'figure-per-post-median')!.querySelector('dt')!.textContent).toBe("Vetted's per-post median");
    expect(byTestId(el, 'figure-per-post-median')!.querySelector('.value')!.textContent).toBe('11% (by views, eligible posts)');
  });

  it('on a page of popular posts: no cadence, no last post, each with the reason', () => {
    const posts = makePosts(9, () => ({ shares: 5, kind: 'text' }), 406, 30);
    const report = makeReport({ ...makeSnapshot({ platform: 'x', profileUrl: 'https://x.com/test.creator' }, posts), postOrder: 'popular' });
    const el = panel(report);
    expect(byTestId(el, 'figure-posts-per-week')!.textContent).toContain('n/a — this page shows popular posts, not the latest');
    // The same reason once per section, not under every figure.
    expect(byTestId(el, 'figure-days-since-last-post')!.querySelector('.value')!.textContent).toBe('n/a, same reason');
    expect(byTestId(el, 'engagement-note')!.textContent).toBe('popular posts only, not the latest');
    // Above the fold the verdict line gives the reason once; the cards point to it rather than repeat it.
    expect(report.fit.summary).toBe('Too little to judge · popular posts only, not the latest');
    expect(byTestId(el, 'card-cadence')!.textContent).toBe('Postingnot measuredpopular posts only, as the verdict says');
    expect(byTestId(el, 'card-engagement')!.querySelector('.card-detail')!.textContent).not.toMatch(/popular/);
    const aboveTheFold = [byTestId(el, 'panel-verdict')!, byTestId(el, 'key-figures')!].map((part) => part.textContent).join(' ');
    expect(aboveTheFold.match(/popular posts only, not the latest|this page shows popular posts/g)).toHaveLength(1);
  });

  it('with no post to measure engagement from, the reason is said once above the fold: on the Engagement card, not again beside the confidence', () => {
    const report = makeReport(makeSnapshot({ platform: 'tiktok' }, makePosts(12, (i) => ({ likes: null, comments: null, shares: null, views: 1_000 + i * 100 }))));
    expect(report.confidence.reasons[0]).toMatch(/^no eligible post shows likes/);
    const el = panel(report);
    expect(byTestId(el, 'card-engagement')!.querySelector('.card-detail')!.textContent).toBe(report.metrics.reasons.engagementRate);
    const line = byTestId(el, 'panel-verdict')!.querySelector('.confidence-line')!.textContent!;
    expect(line).not.toMatch(/likes|engagement/);
    expect(line).toBe(report.confidence.reasons[1] ? `${byTestId(el, 'confidence-level')!.textContent} · ${report.confidence.reasons[1]}` : byTestId(el, 'confidence-level')!.textContent);
    // Every reason is still listed where confidence is explained.
    openSection(el, 'confidence');
    for (const reason of report.confidence.reasons) expect(byTestId(el, 'section-confidence')!.textContent).toContain(reason);
  });

  it('authenticity in words: what the checks found, and when none could be run, says so instead of "no warning signs in 0 checks"', () => {
    expect(authenticityFindings({ ok: 3, warn: 1, risk: 0, unknown: 2 })).toBe('1 warning in 4 checks');
    expect(authenticityFindings({ ok: 4, warn: 0, risk: 0, unknown: 0 })).toBe('no warning signs in 4 checks');
    expect(authenticityFindings({ ok: 0, warn: 0, risk: 0, unknown: 9 })).toBe('no check could be run on this page');
  });

  it('outside the brief: every hard fail with its reason', () => {
    const report = makeReport(makeSnapshot({ followers: 2_000_000 }, makePosts(12, () => ({}), 60, 3)));
    expect(report.fit.hardFails.length).toBeGreaterThanOrEqual(2);
    const el = panel(report);
    const fails = byTestId(el, 'hard-fails')!;
    expect(fails.getAttribute('aria-label')).toBe('Outside the brief');
    for (const fail of report.fit.hardFails) {
      expect(fails.querySelector(`[data-criterion="${fail.criterion}"]`)!.textContent).toContain(fail.reason);
    }
    // Outside the brief, the panel's head shows a mark, not the score; the score is in the fit section.
    expect(byTestId(el, 'panel-score')).toBeNull();
    expect(byTestId(el, 'panel-mark')!.textContent).toBe('✕');
    expect(byTestId(el, 'fit-total')!.textContent).toBe(String(report.fit.score));
  });

  it('every formula disclosure shows its formula and the ids of the posts it used', () => {
    const report = makeReport(makeSnapshot({}, makePosts(12, (i) => ({ url: `https://www.instagram.com/p/post${i}/`, sponsored: i === 2 }))));
    const el = panel(report);
    const byFollowers = byTestId(el, 'figure-by-followers')!;
    const how = byFollowers.querySelector<HTMLDetailsElement>('details.how')!;
    expect(how.querySelector('summary')!.getAttribute('aria-label')).toBe('How is engagement by followers computed?');
    expect(how.querySelector('[data-testid="how-formula"]')!.textContent).toBe(report.metrics.engagement.formulas.byFollowers);
    const ids = [...how.querySelectorAll('[data-post-id]')].map((li) => li.getAttribute('data-post-id'));
    expect(ids).toEqual(report.metrics.engagement.postIds);
    const link = how.querySelector('a')!;
    expect(link.getAttribute('href')).toMatch(/^https:\/\/www\.instagram\.com\/p\/post\d+\/$/);
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('target')).toBe('_blank');

    const sponsored = byTestId(el, 'figure-sponsored-share')!;
    expect(sponsored.querySelector('[data-testid="how-formula"]')!.textContent).toBe(report.metrics.formulas.sponsoredShare);
    expect([...sponsored.querySelectorAll('[data-post-id]')].map((li) => li.getAttribute('data-post-id'))).toEqual(report.sponsored.sponsoredPostIds);

    const postsUsed = byTestId(el, 'figure-posts-used')!;
    expect([...postsUsed.querySelectorAll('[data-post-id]')].map((li) => li.getAttribute('data-post-id'))).toEqual(report.metrics.eligiblePostIds);
    expect(byTestId(byTestId(el, 'figure-price')!, 'how-formula')!.textContent).toBe(report.price.formula);
    expect(byTestId(byTestId(el, 'figure-posts-per-week')!, 'how-formula')!.textContent).toBe(report.metrics.formulas.postsPerWeek);
    // Every figure with a "how?" is named for assistive tech.
    for (const summary of el.querySelectorAll('details.how > summary')) expect(summary.getAttribute('aria-label')).toMatch(/\?$/);
  });

  it('says which posts each figure rests on: none with likes beside a median views figure from the same posts reads as such, not as "Posts used 0"', () => {
    const viewsOnly = makeReport(makeSnapshot({ platform: 'tiktok' }, makePosts(12, (i) => ({ likes: null, comments: null, shares: null, views: 1_000 + i * 100 }))));
    let el = panel(viewsOnly);
    openSection(el, 'engagement');
    expect(byTestId(el, 'figure-posts-used')!.textContent).toContain('none of the 12 eligible posts');
    expect(byTestId(el, 'figure-posts-used')!.textContent).not.toMatch(/Posts used/);
    // Median of 1,000 … 2,100 by 100: (1,500 + 1,600) / 2 = 1,550, from the same 12 posts.
    expect(byTestId(el, 'figure-median-views')!.textContent).toContain('1,550 over 12 posts');
    expect(byTestId(el, 'figure-median-likes')).toBeNull();
    view?.unmount();
    view = null;

    const mixed = makeReport(makeSnapshot({}, makePosts(12, (i) => (i < 9 ? { likes: 100 + i, comments: 5, views: i < 4 ? 2_000 : null } : { likes: null, comments: null }))));
    el = panel(mixed);
    openSection(el, 'engagement');
    expect(byTestId(el, 'figure-posts-used')!.textContent).toContain(`${mixed.metrics.engagement.postsUsed} of the ${mixed.metrics.eligiblePostIds.length} eligible posts`);
    expect(byTestId(el, 'figure-median-likes')!.textContent).toContain('over 9 posts');
  });

  it('shows engagement, cadence, authenticity signals, sponsored share, price, contact and confidence', () => {
    const report = makeReport(makeSnapshot({ emails: ['hello@creator.example'], links: ['https://creator.example/'] }));
    const el = panel(report);
    expect(byTestId(el, 'figure-by-followers')!.textContent).toContain('median 2.05%, mean 2.05%');
    expect(byTestId(el, 'figure-posts-per-week')!.textContent).toContain('2.3');
    expect(allByTestId(el, 'signal')).toHaveLength(report.authenticity.signals.length);
    const unknown = report.authenticity.signals.find((s) => s.level === 'unknown')!;
    const row = allByTestId(el, 'signal').find((s) => s.dataset.signal === unknown.id)!;
    expect(row.textContent).toContain('Not checked');
    // "Not checked" once, from the level, then why.
    expect(unknown.message).toMatch(/^Not checked: /);
    expect(row.querySelector('.reason')!.textContent).toBe(signalReason(unknown));
    expect(row.textContent!.match(/Not checked/g)).toHaveLength(1);
    expect(byTestId(el, 'authenticity-score')!.textContent).toBe(String(report.authenticity.score));
    expect(byTestId(el, 'figure-sponsored-share')!.textContent).toContain('0% (0 of 12 posts)');
    const usd = (n: number) => `$${Math.round(n).toLocaleString('en-US')}`;
    expect(byTestId(el, 'figure-price')!.querySelector('.value')!.textContent).toBe(`${usd(report.price.low!)}–${usd(report.price.high!)}`);
    expect(byTestId(el, 'contact')!.textContent).toContain('hello@creator.example');
    expect(byTestId(el, 'contact')!.querySelector('a')!.getAttribute('href')).toBe('https://creator.example/');
    expect(byTestId(el, 'confidence-level')!.textContent).toBe(`High confidence (${report.confidence.score}/100)`);
    expect(byTestId(el, 'figure-captured')!.textContent).toContain('just now');
  });

  it('charts carry an accessible label and fallback text, and a data table', async () => {
    const report = makeReport(makeSnapshot({}, makePosts(12, (i) => ({ likes: 300 + i * 10, sponsored: i === 0 }))));
    const el = panel(report, { history: [{ at: '2025-05-01T00:00:00.000Z', followers: 19_000 }, { at: '2025-06-01T00:00:00.000Z', followers: 20_000 }] });
    // Charts are drawn only once their section is opened.
    expect(byTestId(el, 'post-chart')).toBeNull();
    openSection(el, 'post-chart');
    openSection(el, 'follower-chart');
    expect(el.textContent).toContain('Loading the chart…');
    await settle();
    const posts = byTestId(el, 'post-chart')!;
    expect(posts.tagName).toBe('CANVAS');
    expect(posts.getAttribute('role')).toBe('img');
    expect(posts.getAttribute('aria-label')).toMatch(/^Interactions per post for 12 eligible posts, oldest to newest: lowest 310, highest 420, median 365; 1 sponsored\.$/);
    expect(posts.textContent).toBe(posts.getAttribute('aria-label'));
    // The legend names only what the chart shows: a sponsored post, no pinned one.
    const legend = byTestId(el, 'section-post-chart')!.querySelector('figcaption')!.textContent;
    expect(legend).toContain('sponsored');
    expect(legend).not.toContain('pinned');
    expect(byTestId(el, 'section-post-chart')!.querySelectorAll('tbody tr')).toHaveLength(12);
    const followers = byTestId(el, 'follower-chart')!;
    expect(followers.getAttribute('aria-label')).toContain('Followers over 2 readings');
    expect(followers.getAttribute('aria-label')).toContain('(19,000)');
  });

  it('charts views where the page shows no interactions (YouTube), and waits for two readings before a follower chart', async () => {
    const report = makeReport(makeSnapshot({ platform: 'youtube', profileUrl: 'https://www.youtube.com/@test.creator' }, makePosts(8, (i) => ({ likes: null, comments: null, views: 1_000 * (i + 1), kind: 'video' }))));
    const el = panel(report, { history: [{ at: '2025-06-01T00:00:00.000Z', followers: 20_000 }] });
    openSection(el, 'post-chart');
    openSection(el, 'follower-chart');
    await settle();
    expect(byTestId(el, 'post-chart')!.getAttribute('aria-label')).toMatch(/^Views per post for 8 eligible posts/);
    expect(byTestId(el, 'follower-chart')).toBeNull();
    expect(byTestId(el, 'section-follower-chart')!.textContent).toContain('One reading so far');
  });

  it('Esc collapses, and focus returns to the badge', () => {
    let collapsed = false;
    const report = makeReport();
    const props = viewProps({ loaded: readyState(report), collapsed: false, onCollapse: () => (collapsed = true) });
    view = render(<OverlayView {...props} />);
    act(() => {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(collapsed).toBe(true);
    view.rerender(<OverlayView {...props} collapsed />);
    expect(byTestId(view.container, 'overlay-panel')).toBeNull();
    expect(document.activeElement).toBe(byTestId(view.container, 'overlay-expand'));
  });

  it('takes focus when opened from the overlay, never when it reopens while the page has the focus', () => {
    const focused = vi.spyOn(document, 'hasFocus').mockReturnValue(false);
    panel(makeReport());
    expect(document.activeElement).toBe(document.body);
    view!.unmount();
    focused.mockReturnValue(true);
    const el = panel(makeReport());
    expect(document.activeElement).toBe(el.querySelector('h1'));
  });

  it('the collapse button is named and collapses', () => {
    let collapsed = 0;
    const el = panel(makeReport(), { onCollapse: () => collapsed++ });
    const button = byTestId(el, 'overlay-collapse') as HTMLButtonElement;
    expect(button.getAttribute('aria-label')).toBe('Collapse the Vetted panel (Esc)');
    act(() => button.click());
    expect(collapsed).toBe(1);
  });

  it('switches brief through the callback, and shows the brief it was scored against', () => {
    const chosen: string[] = [];
    const report = makeReport();
    const el = panel(report, { briefs: briefChoice({ options: [{ id: 'default-micro', name: 'Micro-influencers (3k–100k)' }, { id: 'b2', name: 'Beauty, spring' }], onSwitch: (id) => chosen.push(id) }) });
    const select = el.querySelector('select')!;
    expect(select.value).toBe(report.briefId);
    expect(el.querySelector(`label[for="${select.id}"]`)!.textContent).toBe('Scored against');
    act(() => {
      select.value = 'b2';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(chosen).toEqual(['b2']);
  });

  it('while re-scoring the switcher is disabled and says so; a brief error is shown', () => {
    const el = panel(makeReport(), { briefs: briefChoice({ switching: true, error: 'Could not re-score: boom' }) });
    expect(el.querySelector('select')!.disabled).toBe(true);
    expect(el.querySelector('[role="status"]')!.textContent).toBe('Re-scoring…');
    expect(el.querySelector('[role="alert"]')!.textContent).toBe('Could not re-score: boom');
  });
});

describe('text from the page is only ever text', () => {
  const hostile = '<img src=x onerror=alert(1)> \u202Egnp.exe <script>alert(2)</script>';

  it('a hostile bio, name and caption create no element', () => {
    const report = makeReport(
      makeSnapshot({ bio: hostile, displayName: `<b onmouseover=alert(3)>Boss</b>\u202E` }, makePosts(12, (i) => ({ caption: hostile, url: i === 0 ? 'javascript:alert(4)' : null }))),
    );
    const el = panel(report);
    expect(byTestId(el, 'panel-bio')!.textContent).toBe(hostile);
    expect(byTestId(el, 'panel-name')!.textContent).toBe('<b onmouseover=alert(3)>Boss</b>\u202E');
    expect(byTestId(el, 'panel-bio')!.querySelector('bdi')).not.toBeNull();
    expect(el.querySelectorAll('img, script, b')).toHaveLength(0);
    expect(document.querySelectorAll('img, script')).toHaveLength(0);
    // A javascript: post URL is shown as text, never as a link.
    for (const a of el.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https?:/);
  });

  it('only http(s) links become links', () => {
    const report = makeReport(makeSnapshot({ links: ['https://ok.example/', 'http://plain.example/'] }));
    const el = panel(report);
    const hrefs = [...byTestId(el, 'contact')!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://ok.example/', 'http://plain.example/']);
  });
});
