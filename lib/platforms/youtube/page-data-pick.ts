/**
 * The part of `ytInitialData` the channel reader looks at, picked in the page's own world where the
 * page has already parsed it: the header, metadata, locale markers, the open tab's layout and, of
 * each grid item, only the fields the item reader reads. A channel tab's data is 170–480 KB of JSON,
 * nearly all of it thumbnails, menus and tracking strings of the items; the pick is a few KB, so
 * handing it to the content script (a structured clone) costs the page far less than the content
 * script re-parsing the script text. Pure, and free of the reader's path tables so that the
 * page-world script stays small: tests/lib/platforms/youtube-page-data.test.ts checks that these
 * lists cover every path in paths.ts and that the reader reads the same from the pick as from the whole.
 */

import { isObject, pickFields } from '../../parse/json-path';

/** Top-level keys read whole: the channel (header, metadata) and continuation items. */
const WHOLE = ['header', 'metadata', 'onResponseReceivedActions'] as const;

/** Per grid item renderer (ITEM_KEYS), its fields the item reader reads (VIDEO, LOCKUP, REEL, SHORTS_LOCKUP). */
export const ITEM_FIELDS: Readonly<Record<string, readonly string[]>> = {
  gridVideoRenderer: ['videoId', 'title', 'descriptionSnippet', 'viewCountText', 'shortViewCountText', 'publishedTimeText', 'upcomingEventData', 'badges', 'navigationEndpoint', 'shortBylineText', 'ownerText', 'longBylineText'],
  videoRenderer: ['videoId', 'title', 'descriptionSnippet', 'viewCountText', 'shortViewCountText', 'publishedTimeText', 'upcomingEventData', 'badges', 'navigationEndpoint', 'shortBylineText', 'ownerText', 'longBylineText'],
  lockupViewModel: ['contentId', 'contentType', 'metadata'],
  reelItemRenderer: ['videoId', 'headline', 'viewCountText'],
  shortsLockupViewModel: ['onTap', 'entityId', 'overlayMetadata'],
};

/** Strings and subtrees no reader looks at outside an item: skipped in the open tab's layout. */
const SKIPPED = new Set(['trackingParams', 'thumbnail', 'thumbnails', 'avatar', 'banner', 'loggingDirectives']);

// The item reader's own bounds (items.ts): a pick never holds more than it would visit.
const MAX_DEPTH = 40;
const MAX_NODES = 200_000;

type Json = Record<string, unknown>;


/** The open tab's content with each item cut to its read fields; everything else keeps its shape and order. */
function layout(node: unknown, depth: number, budget: { left: number }): unknown {
  if (depth > MAX_DEPTH || budget.left-- <= 0 || node === null || typeof node !== 'object') return node;
  if (Array.isArray(node)) return node.map((child) => layout(child, depth + 1, budget));
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    const fields = ITEM_FIELDS[key];
    if (fields) out[key] = pickFields(value, fields) ?? value;
    else if (!SKIPPED.has(key)) out[key] = layout(value, depth + 1, budget);
  }
  return out;
}

function tabs(data: Json, budget: { left: number }): unknown {
  const list = (data.contents as Json | undefined)?.twoColumnBrowseResultsRenderer as Json | undefined;
  if (!isObject(list) || !Array.isArray(list.tabs)) return undefined;
  return list.tabs.map((tab: unknown) => {
    if (!isObject(tab)) return tab;
    const out: Json = {};
    for (const [kind, renderer] of Object.entries(tab)) {
      if (!isObject(renderer)) {
        out[kind] = renderer;
        continue;
      }
      // Only the open tab's content is read; the others keep their name, URL and "selected".
      const { content, ...rest } = renderer;
      out[kind] = renderer.selected === true && content !== undefined ? { ...rest, content: layout(content, 0, budget) } : rest;
    }
    return out;
  });
}

/**
 * A small plain object with the same shape as `data` wherever the channel reader looks, or
 * undefined when `data` is not an object. Never throws on odd shapes: whatever it cannot place it leaves out.
 */
export function pickPageData(data: unknown): Json | undefined {
  if (!isObject(data)) return undefined;
  const picked: Json = {};
  for (const key of WHOLE) if (data[key] !== undefined) picked[key] = data[key];
  const context = data.responseContext;
  if (isObject(context) && context.serviceTrackingParams !== undefined) picked.responseContext = { serviceTrackingParams: context.serviceTrackingParams };
  const buttons = ((data.topbar as Json | undefined)?.desktopTopbarRenderer as Json | undefined)?.topbarButtons;
  if (buttons !== undefined) picked.topbar = { desktopTopbarRenderer: { topbarButtons: buttons } };
  const tabList = tabs(data, { left: MAX_NODES });
  if (tabList !== undefined) picked.contents = { twoColumnBrowseResultsRenderer: { tabs: tabList } };
  return picked;
}
