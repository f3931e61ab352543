/**
 * A YouTube video (`/watch?v=`, `/shorts/<id>`) from its page data: `ytInitialData` (= a `/next`
 * response) for the title, date, likes, comment count and uploader; `ytInitialPlayerResponse` (= a
 * `/player` response) for the exact publish time, views and likes where it has them. Either alone
 * is read too (a captured `/next` or `/player` answer).
 */
import { CAPS, capText } from '../../../contracts/caps';
import type { Post } from '../../../contracts/creator';
import { parseCount } from '../../../parse/count';
import { parseDateText } from '../../../parse/date-text';
import { asArray, asObject, asString, at } from '../../../parse/json-path';
import { hasDisclosure } from '../../../parse/sponsored';
import { atPath } from '../../page-path';
import type { PostAuthor } from '../../post-types';
import { ytText } from '../text';
import { VERIFIED_BADGE_STYLES } from '../paths';
import { COMMENTS_PANEL, LIKE_BUTTON, PLAYER, WATCH_NEXT, WATCH_PRIMARY, WATCH_SECONDARY } from './post-paths';

export interface VideoParts {
  videoId: string;
  post: Post;
  author: PostAuthor | null;
  totalComments: number | null;
}

type Counted = { value: number; exact: boolean } | null;

/** The first number in a text ("like this video along with 31,009 other people"), grouped per locale. */
function numberIn(text: string, locale: string | undefined): Counted {
  const m = /\d[\d.,\u00a0\u202f ]*\d|\d/.exec(text);
  if (!m) return null;
  const parsed = parseCount(m[0].trim(), locale);
  return parsed ? { value: parsed.value, exact: parsed.exact } : null;
}

function countText(node: unknown, locale: string | undefined): Counted {
  const text = ytText(node);
  if (!text) return null;
  const parsed = parseCount(text, locale);
  return parsed ? { value: parsed.value, exact: parsed.exact } : null;
}

/** "/@connor.craftt" or "http://www.youtube.com/@CrunchLabs" → "connor.craftt". */
export function handleFromChannelUrl(url: string | undefined): string | null {
  const m = url ? /(?:^|\/)@([^/?#]+)/.exec(url) : null;
  return m?.[1] ? decodeURIComponent(m[1]).toLowerCase().slice(0, CAPS.handle) : null;
}

function readOwner(contents: unknown[], locale: string | undefined): PostAuthor | null {
  const owner = contents.map((c) => atPath(c, WATCH_SECONDARY.owner)).find((o) => asObject(o));
  if (!owner) return null;
  let handle = handleFromChannelUrl(asString(atPath(owner, WATCH_SECONDARY.ownerUrl)));
  let displayName = ytText(atPath(owner, WATCH_SECONDARY.ownerName)) || null;
  const collaboration = !handle;
  if (collaboration) {
    const first = asArray(atPath(owner, WATCH_SECONDARY.collaborators))[0];
    handle = handleFromChannelUrl(asString(atPath(first, WATCH_SECONDARY.collaboratorUrl)));
    displayName = ytText(atPath(first, WATCH_SECONDARY.collaboratorName)) || displayName;
  }
  if (!handle) return null;
  const subscribers = countText(atPath(owner, WATCH_SECONDARY.subscribers), locale);
  const badges = asArray(atPath(owner, WATCH_SECONDARY.badges));
  const verified = badges.some((b) => VERIFIED_BADGE_STYLES.has(asString(at(b, 'metadataBadgeRenderer', 'style')) ?? ''));
  return { handle, displayName, followers: subscribers?.value ?? null, verified: badges.length > 0 ? verified : collaboration ? null : false };
}

function commentCount(data: unknown, locale: string | undefined): Counted {
  for (const panel of asArray(atPath(data, WATCH_NEXT.engagementPanels))) {
    const section = atPath(panel, COMMENTS_PANEL.panel);
    if (at(section, 'targetId') !== COMMENTS_PANEL.targetId) continue;
    const counted = countText(atPath(section, COMMENTS_PANEL.count), locale);
    if (counted) return counted;
  }
  return null;
}

/** What a `/next` answer (the watch page's `ytInitialData`) says about its video. */
export function readWatchNext(data: unknown, locale: string | undefined, shorts: boolean): VideoParts | null {
  const videoId = asString(atPath(data, WATCH_NEXT.videoId));
  const contents = asArray(atPath(data, WATCH_NEXT.contents));
  const primary = contents.map((c) => atPath(c, WATCH_PRIMARY.renderer)).find((r) => asObject(r));
  if (!videoId || !primary) return null;
  const rounded: Post['rounded'] = [];
  const original = Number(asString(atPath(primary, WATCH_PRIMARY.originalViews)) ?? '0');
  let views: Counted = Number.isSafeInteger(original) && original > 0 ? { value: original, exact: true } : countText(atPath(primary, WATCH_PRIMARY.viewsText), locale);
  if (views && !views.exact) rounded.push('views');
  const button = atPath(primary, WATCH_PRIMARY.likeButton);
  const likes = numberIn(asString(atPath(button, LIKE_BUTTON.a11y)) ?? '', locale) ?? countText(atPath(button, LIKE_BUTTON.title), locale);
  if (likes && !likes.exact) rounded.push('likes');
  const comments = commentCount(data, locale);
  if (comments && !comments.exact) rounded.push('comments');
  const publishedAt = parseDateText(ytText(atPath(primary, WATCH_PRIMARY.dateText)));
  const caption = capText(ytText(atPath(primary, WATCH_PRIMARY.title)), CAPS.caption);
  if (views?.value === 0) views = null;
  return {
    videoId,
    totalComments: comments?.value ?? null,
    author: readOwner(contents, locale),
    post: {
      id: videoId,
      url: shorts ? `https://www.youtube.com/shorts/${videoId}` : `https://www.youtube.com/watch?v=${videoId}`,
      publishedAt,
      publishedAtPrecision: publishedAt ? 'day' : null,
      likes: likes?.value ?? null,
      comments: comments?.value ?? null,
      views: views?.value ?? null,
      shares: null,
      saves: null,
      rounded,
      kind: shorts ? 'short' : 'video',
      pinned: false,
      sponsored: hasDisclosure(caption),
      caption,
    },
  };
}

/** What a `/player` answer (`ytInitialPlayerResponse`) says: exact figures, no comments. */
export function readPlayer(player: unknown, shorts: boolean): VideoParts | null {
  const micro = atPath(player, PLAYER.microformat);
  const videoId = asString(atPath(player, PLAYER.videoId));
  if (!videoId || !asObject(micro)) return null;
  const exact = (value: unknown): number | null => {
    const n = Number(asString(value) ?? NaN);
    return Number.isSafeInteger(n) && n >= 0 && n <= CAPS.count ? n : null;
  };
  const published = asString(atPath(micro, PLAYER.publishDate));
  const time = published ? Date.parse(published) : NaN;
  const handle = handleFromChannelUrl(asString(atPath(micro, PLAYER.ownerProfileUrl)));
  const caption = capText(ytText(at(micro, 'title')), CAPS.caption);
  return {
    videoId,
    totalComments: null,
    author: handle ? { handle, displayName: asString(atPath(micro, PLAYER.ownerName)) ?? null, followers: null, verified: null } : null,
    post: {
      id: videoId,
      url: shorts ? `https://www.youtube.com/shorts/${videoId}` : `https://www.youtube.com/watch?v=${videoId}`,
      publishedAt: Number.isNaN(time) ? null : new Date(time).toISOString(),
      // "2017-04-14T09:02:38-07:00" is to the second; a bare date would be a day.
      publishedAtPrecision: Number.isNaN(time) ? null : published && published.length > 10 ? 'exact' : 'day',
      likes: exact(atPath(micro, PLAYER.likeCount)),
      comments: null,
      views: exact(atPath(micro, PLAYER.viewCount)),
      shares: null,
      saves: null,
      rounded: [],
      kind: shorts ? 'short' : 'video',
      pinned: false,
      sponsored: hasDisclosure(caption),
      caption,
    },
  };
}
