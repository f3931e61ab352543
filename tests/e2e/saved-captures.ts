import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Platform } from '../../lib/contracts/creator';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** A real API response saved from a platform, with the profile URL it was fetched for. */
export interface SavedCapture {
  platform: Platform;
  file: string;
  /** The profile page the app was on when it fetched this response. */
  url: string;
  json: string;
  handle: string;
  followers: number;
}

/** Load a saved capture and its expectations (handle, followers, page URL) from its expected file. */
export function loadCapture(platform: Platform, file: string): SavedCapture {
  const dir = join(FIXTURES, platform);
  const expected = JSON.parse(readFileSync(join(dir, file.replace(/\.json$/, '.expected.json')), 'utf8')) as {
    url: string;
    expect: { creator?: { handle?: string; followers?: number } };
  };
  const handle = expected.expect.creator?.handle;
  const followers = expected.expect.creator?.followers;
  if (!handle || typeof followers !== 'number') throw new Error(`${platform}/${file}: expected file lacks creator.handle/followers`);
  return { platform, file, url: expected.url, json: readFileSync(join(dir, file), 'utf8'), handle, followers };
}
