// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_BUDGET, checkContentScriptBudget, pageScriptSizes, type ContentScriptEntry } from '../../lib/build/content-script-budget';

const KB = 1024;
const SITES = ['https://www.youtube.com/*', 'https://x.com/*'];
/** The shape of our manifest: two scripts on every site, and one script per site. */
const ENTRIES: ContentScriptEntry[] = [
  { matches: SITES, js: ['content-scripts/capture.js'] },
  { matches: ['https://www.youtube.com/*'], js: ['content-scripts/youtube.js'] },
  { matches: SITES, js: ['content-scripts/wake.js'] },
  { matches: ['https://x.com/*'], js: ['content-scripts/x.js'] },
];
const sizes = (youtube: number, x = 40 * KB) => [
  { file: 'content-scripts/capture.js', bytes: 6 * KB },
  { file: 'content-scripts/wake.js', bytes: 4 * KB },
  { file: 'content-scripts/youtube.js', bytes: youtube },
  { file: 'content-scripts/x.js', bytes: x },
];

describe('the content-script budget', () => {
  it('counts, for each site, every script the manifest injects into its pages', () => {
    expect(pageScriptSizes(ENTRIES, sizes(50 * KB))).toEqual([
      { matches: 'https://www.youtube.com/*', files: ['content-scripts/capture.js', 'content-scripts/youtube.js', 'content-scripts/wake.js'], bytes: 60 * KB },
      { matches: 'https://x.com/*', files: ['content-scripts/capture.js', 'content-scripts/wake.js', 'content-scripts/x.js'], bytes: 50 * KB },
    ]);
  });

  it('counts a second script on the same pages: two scripts of 40 KB are over the goal where one of 54 KB is not', () => {
    const split = [...ENTRIES, { matches: ['https://www.youtube.com/*'], js: ['content-scripts/youtube-post.js'] }];
    const splitSizes = [...sizes(40 * KB), { file: 'content-scripts/youtube-post.js', bytes: 35 * KB }];
    expect(checkContentScriptBudget(splitSizes, pageScriptSizes(split, splitSizes))).toEqual([
      'pages of https://www.youtube.com/* evaluate 85.0 KB of content scripts (content-scripts/capture.js + content-scripts/youtube.js + content-scripts/wake.js + content-scripts/youtube-post.js), over the 68.0 KB goal',
    ]);
    expect(checkContentScriptBudget(sizes(54 * KB), pageScriptSizes(ENTRIES, sizes(54 * KB)))).toEqual([]);
  });

  it('fails the build for any one script over the hard limit: an accident, not growth', () => {
    const accident = sizes(CONTENT_SCRIPT_BUDGET.scriptFailBytes + 1);
    expect(() => checkContentScriptBudget(accident, pageScriptSizes(ENTRIES, accident))).toThrow(/content-scripts\/youtube\.js 72\.0 KB/);
  });

  it('refuses to count a script the manifest names but the build did not write', () => {
    expect(() => pageScriptSizes(ENTRIES, sizes(50 * KB).slice(0, 3))).toThrow(/content-scripts\/x\.js/);
  });

  it('keeps the goal well below what a page evaluated with a profile and a post script per platform (72–86 KB)', () => {
    expect(CONTENT_SCRIPT_BUDGET.pageGoalBytes).toBeLessThan(72 * KB);
  });
});
