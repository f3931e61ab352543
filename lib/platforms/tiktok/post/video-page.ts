/** A TikTok video page's embedded item (or a captured video-detail answer): the post and its author. */
import { capText } from '../../../contracts/caps';
import type { Post } from '../../../contracts/creator';
import { asObject, asString } from '../../../parse/json-path';
import { atPath, keyOf } from '../../page-path';
import type { PostAuthor } from '../../post-types';
import { postsFromItems } from '../items';
import { PROFILE_STAT_KEYS } from '../paths';
import { normalizeHandle, statCount } from '../user-info';
import { VIDEO_ITEM } from './post-paths';

export interface VideoRead {
  post: Post;
  author: PostAuthor | null;
}

export function readVideoItem(item: unknown, now: Date): VideoRead | null {
  if (!asObject(item)) return null;
  const author = atPath(item, VIDEO_ITEM.author);
  const handle = normalizeHandle(typeof author === 'string' ? author : atPath(author, VIDEO_ITEM.authorHandle));
  const post = postsFromItems([item], handle, now)[0];
  if (!post) return null;
  const followers = statCount(atPath(item, VIDEO_ITEM.authorStats), atPath(item, VIDEO_ITEM.authorStatsV2), keyOf(PROFILE_STAT_KEYS.followers), 'json', 'authorStats');
  const verified = atPath(author, VIDEO_ITEM.authorVerified);
  return {
    // A single video is never shown pinned on its own page.
    post: { ...post, pinned: false },
    author: handle
      ? { handle, displayName: capText(asString(atPath(author, VIDEO_ITEM.authorName)) ?? '', 200) || null, followers: followers?.value ?? null, verified: typeof verified === 'boolean' ? verified : null }
      : null,
  };
}
