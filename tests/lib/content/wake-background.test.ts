/**
 * The wake script: one message at document_start on a profile or post page, so that a stopped
 * background starts while the page parses; nothing on any other page of the four platforms.
 */
import { describe, expect, it, vi } from 'vitest';
import { wakeBackground } from '../../../lib/content/wake-background';
import { wakeSignal } from '../../../lib/content/wake-signal';
import { isProfileOrPostUrl } from '../../../lib/content/wake-url';
import { READERS } from '../../../lib/platforms/readers';
import { POST_READERS } from '../../../lib/platforms/post-readers';

const PROFILES = [
  'https://www.instagram.com/celebface/',
  'https://www.instagram.com/celebface/reels/',
  'https://www.tiktok.com/@illojuan',
  'https://www.tiktok.com/@illojuan?lang=en',
  'https://www.youtube.com/@MrBeast',
  'https://www.youtube.com/@MrBeast/videos',
  'https://www.youtube.com/channel/UCX6OQ3DkcsbYNE6H8uQQuVA',
  'https://www.youtube.com/c/somename',
  'https://x.com/BigTechAlert',
  'https://x.com/BigTechAlert/media',
];
const POSTS = [
  'https://www.instagram.com/p/DFp17y5MymE/',
  'https://www.instagram.com/willyrex/reel/DFp17y5MymE/',
  'https://www.tiktok.com/@illojuan/video/7571863205253778710',
  'https://www.youtube.com/watch?v=hwMkbaS_M_c',
  'https://www.youtube.com/shorts/RwTdoQNVMTY',
  'https://x.com/BigTechAlert/status/1649191520250245121',
];
const OTHER_PAGES = [
  'https://www.instagram.com/',
  'https://www.instagram.com/explore/',
  'https://www.instagram.com/direct/inbox/',
  'https://www.instagram.com/accounts/login/',
  'https://www.tiktok.com/',
  'https://www.tiktok.com/foryou',
  'https://www.tiktok.com/explore',
  'https://www.youtube.com/',
  'https://www.youtube.com/feed/subscriptions',
  'https://www.youtube.com/results?search_query=cats',
  'https://www.youtube.com/watch',
  'https://x.com/home',
  'https://x.com/explore',
  'https://x.com/i/bookmarks',
  'https://x.com/search?q=cats',
  'https://x.com/settings/profile',
  'http://x.com/BigTechAlert',
  'https://example.com/@someone',
  'not a url',
];

function runtime() {
  const sendMessage = vi.fn(async (_message: unknown): Promise<unknown> => ({ ok: true }));
  return { sendMessage };
}

describe('the wake script', () => {
  it.each([...PROFILES, ...POSTS])('sends one page/wake on %s', (href) => {
    const rt = runtime();
    expect(wakeBackground(href, rt)).toBe(true);
    expect(rt.sendMessage.mock.calls).toEqual([[{ type: 'page/wake' }]]);
  });

  it.each(OTHER_PAGES)('sends nothing on %s', (href) => {
    const rt = runtime();
    expect(wakeBackground(href, rt)).toBe(false);
    expect(rt.sendMessage).not.toHaveBeenCalled();
  });

  it('uses the same URL rules as the profile and post scripts', () => {
    for (const href of [...PROFILES, ...POSTS, ...OTHER_PAGES.filter((h) => URL.canParse(h))]) {
      const url = new URL(href);
      const theirs = Object.values(READERS).some((r) => r.profileRef(url) !== null) || Object.values(POST_READERS).some((r) => r.postIdOf(url) !== null);
      expect(isProfileOrPostUrl(url), href).toBe(theirs);
    }
  });

  it('leaves the profile script a signal: starting until the background answers, then awake', async () => {
    let answer: (value: unknown) => void = () => {};
    const rt = { sendMessage: vi.fn(() => new Promise((resolve) => (answer = resolve))) };
    const scope = {};
    expect(wakeSignal(scope)).toBeNull();
    wakeBackground(PROFILES[0]!, rt, scope);
    expect(wakeSignal(scope)).toBe('starting');
    answer({ ok: true });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(wakeSignal(scope)).toBe('awake');
  });

  it('leaves no signal on other pages, and "starting" when the background could not be reached', async () => {
    const quiet = {};
    wakeBackground(OTHER_PAGES[0]!, runtime(), quiet);
    expect(wakeSignal(quiet)).toBeNull();
    const unreachable = {};
    wakeBackground(PROFILES[0]!, { sendMessage: vi.fn(() => Promise.reject(new Error('Receiving end does not exist.'))) }, unreachable);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(wakeSignal(unreachable)).toBe('starting');
  });

  it('stays silent when the background cannot be reached or the extension is gone', async () => {
    const rejecting = { sendMessage: vi.fn(() => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'))) };
    expect(wakeBackground(PROFILES[0]!, rejecting)).toBe(true);
    const throwing = {
      sendMessage: vi.fn(() => {
        throw new Error('Extension context invalidated.');
      }),
    };
    expect(() => wakeBackground(PROFILES[0]!, throwing)).not.toThrow();
    expect(wakeBackground(PROFILES[0]!, undefined)).toBe(false);
    // A rejection left unhandled would reach the page's console: let it settle, nothing is thrown.
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
});
