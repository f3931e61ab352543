/**
 * One creator's evidence plus one post page (or one comment response): posts merged by id, field
 * by field as profile readings are (lib/platforms/merge.ts); comments merged by id under their
 * post; then the bounds — 200 comments per post, 1,000 per creator (the oldest readings give way),
 * 100 posts with comments. Pure: the inputs are not modified.
 */
import { CAPS } from '../contracts/caps';
import type { Platform, Post } from '../contracts/creator';
import { EVIDENCE_CAPS, type Comment, type CommentSample, type CreatorEvidence } from '../contracts/evidence';
import { mergePost } from '../platforms/merge';

export interface EvidenceUpdate {
  platform: Platform;
  /** The creator's handle (lower case, no @): whose evidence this is. */
  handle: string;
  post: Post | null;
  sample: CommentSample | null;
}

export function evidenceKey(platform: Platform, handle: string): string {
  return `${platform}:${handle}`;
}

export function emptyEvidence(platform: Platform, handle: string, now: Date): CreatorEvidence {
  return { version: 1, key: evidenceKey(platform, handle), platform, handle, posts: [], samples: [], updatedAt: now.toISOString() };
}

function timeOf(post: Post): number {
  const t = post.publishedAt === null ? Number.NaN : Date.parse(post.publishedAt);
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
}

function mergePosts(posts: readonly Post[], post: Post | null): Post[] {
  if (!post) return [...posts];
  const index = posts.findIndex((p) => p.id === post.id);
  // The newer reading goes second: mergePost keeps the first on a tie, and a tie between two
  // exact counts read at different times should keep the later one.
  const merged = index < 0 ? [...posts, post] : posts.map((p, i) => (i === index ? mergePost(post, p) : p));
  return merged.sort((a, b) => (timeOf(a) === timeOf(b) ? 0 : timeOf(a) > timeOf(b) ? -1 : 1)).slice(0, CAPS.posts);
}

function mergeSample(old: CommentSample, fresh: CommentSample): CommentSample {
  const byId = new Map<string, Comment>();
  for (const comment of [...fresh.comments, ...old.comments]) if (!byId.has(comment.id)) byId.set(comment.id, comment);
  return {
    postId: fresh.postId,
    totalComments: fresh.totalComments ?? old.totalComments,
    comments: [...byId.values()].slice(0, EVIDENCE_CAPS.commentsPerPost),
    readAt: fresh.readAt,
    sources: [...new Set([...fresh.sources, ...old.sources])].slice(0, 20),
  };
}

/** Oldest readings give way first, comment by comment from their end, until the creator's cap holds. */
function bound(samples: CommentSample[]): CommentSample[] {
  const newestFirst = [...samples].sort((a, b) => Date.parse(b.readAt) - Date.parse(a.readAt)).slice(0, EVIDENCE_CAPS.samples);
  let room = EVIDENCE_CAPS.commentsPerCreator;
  const kept: CommentSample[] = [];
  for (const sample of newestFirst) {
    if (room <= 0) break;
    const comments = sample.comments.slice(0, Math.min(room, EVIDENCE_CAPS.commentsPerPost));
    room -= comments.length;
    kept.push({ ...sample, comments });
  }
  return kept;
}

export function mergeEvidence(existing: CreatorEvidence | null, update: EvidenceUpdate, now: Date): CreatorEvidence {
  const base = existing ?? emptyEvidence(update.platform, update.handle, now);
  if (base.platform !== update.platform || base.handle !== update.handle) throw new Error(`evidence of ${base.key} cannot take a reading of ${evidenceKey(update.platform, update.handle)}`);
  let samples = base.samples;
  if (update.sample) {
    const fresh = update.sample;
    const old = samples.find((s) => s.postId === fresh.postId);
    samples = old ? samples.map((s) => (s === old ? mergeSample(old, fresh) : s)) : [...samples, { ...fresh, comments: fresh.comments.slice(0, EVIDENCE_CAPS.commentsPerPost) }];
  }
  return {
    ...base,
    posts: mergePosts(base.posts, update.post),
    samples: bound(samples),
    updatedAt: now.toISOString(),
  };
}
