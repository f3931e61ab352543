import type { Snapshot } from '../../lib/contracts/creator';
import type { FollowerReading } from '../../lib/contracts/report';
import { dailyHistory, makePosts, makeSnapshot } from '../lib/vetting/factory';

const CAPTIONS = [
  'Morning routine, the honest version #skincare #morning',
  'New recipe on the blog: link in bio',
  'Thank you @brandco for sending these! #ad #gifted',
  'Behind the scenes of today’s shoot',
  'Q&A: your questions about my camera gear',
];

/** A mid-size creator as the overlay sees one: 30 posts of mixed kinds, some sponsored. */
export function benchSnapshot(): Snapshot {
  const posts = makePosts(30, (i) => ({
    kind: i % 3 === 0 ? 'video' : 'image',
    likes: 600 + ((i * 137) % 900),
    comments: 8 + ((i * 17) % 60),
    views: i % 3 === 0 ? 9_000 + ((i * 811) % 14_000) : null,
    caption: CAPTIONS[i % CAPTIONS.length]!,
    sponsored: i % 7 === 2,
  }));
  return makeSnapshot({ followers: 48_200, following: 612, postsCount: 930, bio: 'Recipes and skincare. Collabs: ana@example.com', category: 'Food' }, posts);
}

/** 20 earlier follower counts, one a day, growing slowly. */
export function benchHistory(): FollowerReading[] {
  return dailyHistory(Array.from({ length: 20 }, (_, i) => 46_000 + i * 110));
}
