import type { Snapshot } from '../contracts/creator';
import type { CreatorEvidence } from '../contracts/evidence';
import { mergeSnapshots } from '../platforms/merge';

/** The source name post-page posts carry in a snapshot's `sources`. */
export const POST_PAGE_SOURCE = 'post-pages';

/**
 * The profile's snapshot with the posts its creator's post pages showed merged in by id: a YouTube
 * video opened on its watch page brings its likes and comments to the channel's post list. The
 * profile reading's post order stands (lib/platforms/merge.ts).
 */
export function snapshotWithEvidence(snapshot: Snapshot, evidence: CreatorEvidence | null): Snapshot {
  if (!evidence || evidence.posts.length === 0 || evidence.key !== `${snapshot.creator.platform}:${snapshot.creator.handle}`) return snapshot;
  const merged = mergeSnapshots(
    { creator: snapshot.creator, posts: snapshot.posts, sources: snapshot.sources, ...(snapshot.postOrder ? { postOrder: snapshot.postOrder } : {}) },
    { ok: true, creator: null, posts: evidence.posts, sources: [POST_PAGE_SOURCE] },
  );
  return { ...merged, ...(snapshot.postOrder ? { postOrder: snapshot.postOrder } : {}) };
}
