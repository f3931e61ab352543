import type { Platform } from '../../lib/contracts/creator';
import type { VettingReport } from '../../lib/contracts/report';
import { DEFAULT_BRIEF } from '../../lib/scoring/default-brief';
import { vet } from '../../lib/vetting/vet';
import { makePosts, makeSnapshot, NOW } from '../lib/vetting/factory';

/** How many posts a profile's first screen gives each reader (the sample pages' counts). */
const POSTS_SEEN: Record<Platform, number> = { instagram: 12, tiktok: 30, youtube: 30, x: 20 };
const PROFILE_URL: Record<Platform, (handle: string) => string> = {
  instagram: (h) => `https://www.instagram.com/${h}/`,
  tiktok: (h) => `https://www.tiktok.com/@${h}`,
  youtube: (h) => `https://www.youtube.com/@${h}`,
  x: (h) => `https://x.com/${h}`,
};
const CAPTION = 'Three ways to style the same linen shirt for a week of city breaks — which one is yours? #style #travel #linen';

/** One report per platform, computed by the real vet(), as the overlay would hand it to save(). */
export function templateReports(): VettingReport[] {
  return (Object.keys(POSTS_SEEN) as Platform[]).map((platform) => {
    // X handles are letters, digits and "_": one form every platform accepts, as import checks.
    const handle = `template_${platform}`;
    const posts = makePosts(POSTS_SEEN[platform], (i) => ({
      kind: platform === 'youtube' || platform === 'tiktok' ? 'video' : 'image',
      likes: 900 + ((i * 211) % 1500),
      comments: 12 + ((i * 13) % 80),
      views: platform === 'instagram' ? null : 20_000 + ((i * 977) % 30_000),
      caption: `${CAPTION} (${i + 1})`,
      sponsored: i % 6 === 1,
    }));
    const snapshot = makeSnapshot(
      { platform, handle, profileUrl: PROFILE_URL[platform](handle), followers: 85_000, following: 700, postsCount: 640, bio: 'Style and travel. Business: hello@example.com', links: ['https://example.com/shop'] },
      posts,
    );
    return vet({ snapshot, brief: DEFAULT_BRIEF, history: [], now: NOW });
  });
}
