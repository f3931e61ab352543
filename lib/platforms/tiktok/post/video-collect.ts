/**
 * What the TikTok post reader needs of a video page, collected as plain strings: the only part of it
 * that runs on TikTok's thread. The reading (JSON, counts, dates, disclosures) runs in the background
 * worker on this extract (video-reading.ts, `post/read-page`); `tiktokPostReader.readPostPage(doc)`
 * is the two in a row, which every post reader test goes through. Nothing is parsed here: the page's
 * JSON travels as text (only its `webapp.video-detail` member when it has one), counts as shown.
 */
import { memberText } from '../../../parse/json-slice';
import { pathOf, select, selectAll } from '../../page-select';
import { SCRIPTS } from '../paths';
import { TIKTOK_ITEM_CHARS, TIKTOK_RAW_TEXT, TIKTOK_SCRIPT_CHARS } from '../page-collect';
import { FEED_DOM, PLAYER_ID } from './post-paths';

/** The rehydration data's `webapp.video-detail` member: 9–28 KB on the saved video pages. */
export const TIKTOK_VIDEO_DETAIL_CHARS = 200_000;
export const TIKTOK_LANG_CHARS = 64;

/** The feed article whose player plays the video in the address, as shown (FEED_DOM). */
export interface TiktokFeedArticleExtract {
  /** The id of the video its player plays (PLAYER_ID): the reading is of this video only. */
  video: string;
  /** The author avatar link's href (`/@handle`). */
  author: string;
  likes: string;
  comments: string;
  shares: string;
  saves: string;
  caption: string;
  /** The "Paid partnership" chip is there. */
  sponsoredTag: boolean;
}

export interface TiktokVideoExtract {
  /** `<html lang>`, the UI language the feed's counts are written in. */
  lang: string;
  /** The text of the rehydration data's `webapp.video-detail` object; null when the data has none. */
  videoDetail: string | null;
  /** The rehydration data's whole text when it has no such member (null when it has, or there is no data). */
  data: string | null;
  feed: TiktokFeedArticleExtract | null;
}

const VIDEO_DETAIL = 'webapp.video-detail';
const text = (el: Element | null, max: number): string => (el?.textContent ?? '').trim().slice(0, max);

/** The feed article of the video `id`: the one whose player's element id ends in it. */
export function feedArticleOf(doc: Document, id: string): Element | null {
  const player = selectAll(doc, FEED_DOM.player).find((el) => PLAYER_ID.exec(el.id)?.[1] === id);
  return player?.closest(pathOf(FEED_DOM.article)) ?? null;
}

export function collectFeedArticle(doc: Document, id: string): TiktokFeedArticleExtract | null {
  const article = feedArticleOf(doc, id);
  if (!article) return null;
  return {
    video: id,
    author: (select(article, FEED_DOM.author)?.getAttribute('href') ?? '').slice(0, TIKTOK_ITEM_CHARS),
    likes: text(select(article, FEED_DOM.likes), TIKTOK_ITEM_CHARS),
    comments: text(select(article, FEED_DOM.comments), TIKTOK_ITEM_CHARS),
    shares: text(select(article, FEED_DOM.shares), TIKTOK_ITEM_CHARS),
    saves: text(select(article, FEED_DOM.saves), TIKTOK_ITEM_CHARS),
    caption: text(select(article, FEED_DOM.caption), TIKTOK_RAW_TEXT),
    sponsoredTag: select(article, FEED_DOM.sponsoredTag) !== null,
  };
}

/**
 * The rehydration data as it travels: its video-detail member alone when it has one (the data is
 * 140–270 KB, nine tenths of it translations and app context), else the whole text, within bounds.
 */
export function sliceVideoDetail(data: string): Pick<TiktokVideoExtract, 'videoDetail' | 'data'> {
  const member = memberText(data, VIDEO_DETAIL);
  if (member !== undefined && member.length <= TIKTOK_VIDEO_DETAIL_CHARS) return { videoDetail: member, data: null };
  return { videoDetail: null, data: data.slice(0, TIKTOK_SCRIPT_CHARS) };
}

export function collectTiktokVideoPage(doc: Document, id: string): TiktokVideoExtract {
  const data = doc.querySelector(pathOf(SCRIPTS[0]))?.textContent;
  return {
    lang: (doc.documentElement?.getAttribute('lang') ?? '').slice(0, TIKTOK_LANG_CHARS),
    ...(data === undefined || data === null ? { videoDetail: null, data: null } : sliceVideoDetail(data)),
    feed: collectFeedArticle(doc, id),
  };
}
