/**
 * A YouTube comment page (`/next` continuation, 2026-01): thread renderers hold only keys; the
 * text, author, counts and the creator's heart sit in `frameworkUpdates` entity payloads under
 * those keys. Replies continuations list bare view models (reply level 1).
 */
import { parseCount } from '../../../parse/count';
import { asArray, asString, at } from '../../../parse/json-path';
import { parseRelativeDate } from '../../../parse/relative-date';
import { atPath } from '../../page-path';
import type { RawComment } from '../../post-types';
import { ytText } from '../text';
import { COMMENT_ENTITY, COMMENTS, HEARTED, UNHEARTED } from './post-paths';

export interface CommentPage {
  /** The video, as the page's own links name it. */
  videoId: string | null;
  totalComments: number | null;
  comments: RawComment[];
}

function leadingCount(text: string | undefined, locale: string | undefined): number | null {
  if (!text) return null;
  // "19k likes", "19.924 Likes", "436 Antworten", "1 reply": the count and its unit come first.
  return parseCount(text, locale)?.value ?? null;
}

function videoIdOf(url: string | undefined): string | null {
  const m = url ? /[?&]v=([A-Za-z0-9_-]{6,20})/.exec(url) : null;
  return m?.[1] ?? null;
}

export function readCommentPage(data: unknown, now: Date, locale: string | undefined): CommentPage | null {
  const items = asArray(atPath(data, COMMENTS.endpoints)).flatMap((endpoint) => [...asArray(atPath(endpoint, COMMENTS.reloadItems)), ...asArray(atPath(endpoint, COMMENTS.appendItems))]);
  const mutations = asArray(atPath(data, COMMENTS.mutations));
  if (items.length === 0 && mutations.length === 0) return null;
  const byKey = new Map<string, unknown>();
  let videoId: string | null = null;
  for (const mutation of mutations) {
    const key = asString(at(mutation, 'entityKey'));
    if (key) byKey.set(key, mutation);
    videoId ??= videoIdOf(asString(atPath(mutation, COMMENTS.videoUrl)));
  }
  let totalComments: number | null = null;
  const comments: RawComment[] = [];
  for (const item of items) {
    const header = atPath(item, COMMENTS.headerCount);
    if (header !== undefined) totalComments ??= leadingCount(ytText(header), locale);
    const thread = atPath(item, COMMENTS.threadView);
    const view = thread ?? atPath(item, COMMENTS.bareView);
    const entity = atPath(byKey.get(asString(at(view, 'commentKey')) ?? ''), COMMENTS.entity);
    if (entity === undefined) continue;
    const handle = (asString(atPath(entity, COMMENT_ENTITY.author)) ?? '').replace(/^@/, '') || asString(atPath(entity, COMMENT_ENTITY.authorChannel)) || '';
    const heart = asString(atPath(byKey.get(asString(at(view, 'toolbarStateKey')) ?? ''), COMMENTS.heart));
    const likesText = asString(atPath(entity, COMMENT_ENTITY.likesA11y));
    comments.push({
      id: asString(atPath(entity, COMMENT_ENTITY.id)) ?? '',
      authorHandle: handle,
      text: asString(atPath(entity, COMMENT_ENTITY.text)) ?? '',
      publishedAt: parseRelativeDate(asString(atPath(entity, COMMENT_ENTITY.published)) ?? '', now, locale)?.date.toISOString() ?? null,
      // An empty like count is how YouTube shows none.
      likes: likesText === '' ? 0 : leadingCount(likesText, locale),
      replies: leadingCount(asString(atPath(entity, COMMENT_ENTITY.repliesA11y)), locale),
      byCreator: atPath(entity, COMMENT_ENTITY.isCreator) === true,
      // Only a thread says whether the creator answered; a bare reply cannot.
      creatorReplied: thread === undefined ? null : atPath(item, COMMENTS.creatorReplied) !== undefined,
      creatorLiked: heart === HEARTED ? true : heart === UNHEARTED ? false : null,
    });
  }
  return { videoId, totalComments, comments: comments.filter((c) => c.id && c.authorHandle) };
}
