import { describe, expect, it } from 'vitest';
import { profileRefFromUrl } from '../../../lib/platforms/profile-url';

// Each URL must be detected as exactly what it is: a profile of that platform with that key, or nothing.
const PROFILES: Array<[string, string, string]> = [
  ['https://www.instagram.com/celebface/', 'instagram', 'celebface'],
  ['https://www.instagram.com/Pluto__Travel', 'instagram', 'pluto__travel'],
  ['https://www.instagram.com/gdg_rbu/reels/', 'instagram', 'gdg_rbu'],
  ['https://www.tiktok.com/@illojuan', 'tiktok', 'illojuan'],
  ['https://www.tiktok.com/@mounir.lelion?lang=fr', 'tiktok', 'mounir.lelion'],
  ['https://www.youtube.com/@Vsauce', 'youtube', 'vsauce'],
  ['https://www.youtube.com/@Vsauce/videos', 'youtube', 'vsauce'],
  ['https://www.youtube.com/channel/UC6nSFpj9HTCZ5t-N3Rm3-HA/videos', 'youtube', 'channel:UC6nSFpj9HTCZ5t-N3Rm3-HA'],
  ['https://www.youtube.com/c/ProgrammingKnowledge/videos', 'youtube', 'c:programmingknowledge'],
  ['https://x.com/badlogicgames', 'x', 'badlogicgames'],
  ['https://x.com/XDevelopers/media', 'x', 'xdevelopers'],
];

const NOT_PROFILES = [
  'https://www.instagram.com/',
  'https://www.instagram.com/p/CPgx3sQK0Yb/',
  'https://www.instagram.com/reel/abc/',
  'https://www.instagram.com/explore/tags/ad/',
  'https://www.instagram.com/celebface/followers/',
  'https://www.tiktok.com/@illojuan/video/7571805455516650774',
  'https://www.tiktok.com/foryou',
  'https://www.youtube.com/watch?v=abc',
  'https://www.youtube.com/results?search_query=x',
  'https://www.youtube.com/@Vsauce/videos/extra',
  'https://x.com/home',
  'https://x.com/badlogicgames/status/123',
  'https://x.com/i/flow/login',
  'http://x.com/badlogicgames',
  'https://evil.example/@illojuan',
  'https://m.tiktok.com/@illojuan',
];

describe('profileRefFromUrl', () => {
  it.each(PROFILES)('%s is the %s profile %s', (url, platform, key) => {
    expect(profileRefFromUrl(new URL(url))).toMatchObject({ platform, key });
  });
  it.each(NOT_PROFILES)('%s is not a profile', (url) => {
    expect(profileRefFromUrl(new URL(url))).toBeNull();
  });
});
