import type { Platform } from '../../../lib/contracts/creator';
import { POST_READERS } from '../../../lib/platforms/post-readers';
import type { PostPageReading } from '../../../lib/platforms/post-types';
import { loadExpectation, loadFixtureText, parseHtml } from '../platforms/fixture-harness';

/** A saved post page or response read by its platform's post reader at its own address (at `now`, default the page's own date), as the content script there would. */
export function readPostFixture(platform: Platform, file: string, now?: Date): PostPageReading {
  const expected = loadExpectation(platform, file);
  const text = loadFixtureText(platform, file);
  const url = new URL(expected.url);
  const context = { now: now ?? new Date(expected.now) };
  const reader = POST_READERS[platform];
  const result = expected.kind === 'page' ? reader.readPostPage(parseHtml(text, expected.url), url, context) : reader.readPostCapture(JSON.parse(text), url, context);
  if (!result.ok) throw new Error(`${file}: ${result.reason}`);
  const { ok: _ok, ...reading } = result;
  return reading;
}
