import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Platform } from '../../lib/contracts/creator';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

export interface SamplePage {
  platform: Platform;
  file: string;
  url: string;
  html: string;
  handle: string;
  followers: number;
}

/** One saved profile page per platform, served at its real URL; expectations from its expected file. */
export const SAMPLE_FILES: Record<Platform, string> = {
  instagram: '2025-02_profile_rendered-dom_logged-in_en_celebface-1.1M_sanitized.html',
  tiktok: '2025-12_profile_rendered-dom_universal-data_en-ES_illojuan.html',
  youtube: '2023-03_channel-videos_html_en-US_richGrid_videoRenderer.html',
  x: '2025-11_profile_rendered-dom_en-GB_badlogicgames.html',
};

export function loadSample(platform: Platform, file = SAMPLE_FILES[platform]): SamplePage {
  const dir = join(FIXTURES, platform);
  const expected = JSON.parse(readFileSync(join(dir, file.replace(/\.html$/, '.expected.json')), 'utf8')) as {
    url: string;
    expect: { creator?: { handle?: string; followers?: number } };
  };
  const handle = expected.expect.creator?.handle;
  const followers = expected.expect.creator?.followers;
  if (!handle || typeof followers !== 'number') throw new Error(`${platform}/${file}: expected file lacks creator.handle/followers`);
  return { platform, file, url: expected.url, html: readFileSync(join(dir, file), 'utf8'), handle, followers };
}
