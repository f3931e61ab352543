/**
 * The part of `ytInitialData` the channel reader looks at, picked in the page's own world where the
 * page has already parsed it: the header, metadata, locale markers, the open tab's layout and, of
 * each grid item, only the values the item reader reads. A channel tab's data is 170–480 KB of JSON,
 * nearly all of it thumbnails, menus and tracking strings of the items. Of the saved channel pages'
 * Videos, Shorts and Live tabs the pick is 37–55 KB (39–220 KB while items kept whole the fields the
 * reader reads into: a 2026 lockup's metadata, a short's tap command, a video's endpoint and
 * bylines), of their Home tabs 121–130 KB (176), so handing it to the content script (a
 * structured clone) and on to the worker costs the page far less than the content script
 * re-parsing the script text. Pure, and free of the reader's path tables so that the page-world
 * script stays small: tests/lib/platforms/youtube-page-data.test.ts checks that these lists cover
 * every path in paths.ts and that the reader reads the same from the pick as from the whole.
 */

import { at, isObject } from '../../parse/json-path';

type Json = Record<string, unknown>;

/** Top-level keys read whole: the channel (header, metadata) and continuation items. */
const WHOLE = ['header', 'metadata', 'onResponseReceivedActions'] as const;

/** Steps into an item renderer, as the item reader's paths spell them (a number indexes an array). */
export type ItemPath = ReadonlyArray<string | number>;

const OWNER_ID = ['navigationEndpoint', 'browseEndpoint', 'browseId'] as const;
const VIDEO_PATHS: readonly ItemPath[] = [
  ['videoId'],
  ['title'],
  ['descriptionSnippet'],
  ['viewCountText'],
  ['shortViewCountText'],
  ['publishedTimeText'],
  ['upcomingEventData'],
  ['badges'],
  // Of the endpoint only whether it is a short's; of the bylines only the first run's channel id.
  // Whole, the three are ~1 KB of an item's ~1.8 KB (tracking, commands, player config).
  ['navigationEndpoint', 'reelWatchEndpoint'],
  ['shortBylineText', 'runs', 0, ...OWNER_ID],
  ['ownerText', 'runs', 0, ...OWNER_ID],
  ['longBylineText', 'runs', 0, ...OWNER_ID],
];

/**
 * Per grid item renderer (ITEM_KEYS), the paths the item reader reads in it (VIDEO, LOCKUP, REEL,
 * SHORTS_LOCKUP), each kept whole from its last step: the pick holds an item's values where the
 * reader looks for them and nothing beside them.
 */
export const ITEM_PATHS: Readonly<Record<string, readonly ItemPath[]>> = {
  gridVideoRenderer: VIDEO_PATHS,
  videoRenderer: VIDEO_PATHS,
  lockupViewModel: [
    ['contentId'],
    ['contentType'],
    ['metadata', 'lockupMetadataViewModel', 'title', 'content'],
    ['metadata', 'lockupMetadataViewModel', 'metadata', 'contentMetadataViewModel', 'metadataRows'],
  ],
  reelItemRenderer: [['videoId'], ['headline'], ['viewCountText']],
  shortsLockupViewModel: [['onTap', 'innertubeCommand', 'reelWatchEndpoint', 'videoId'], ['entityId'], ['overlayMetadata', 'primaryText', 'content'], ['overlayMetadata', 'secondaryText', 'content']],
};

/**
 * Copy the value at `steps` of `from` into `into`, building the containers on the way (an array for
 * a number step), so that the reader finds in the pick exactly what it finds in the item. Nothing
 * is built for steps that lead nowhere. `made` holds the containers built here: a value kept
 * whole is never written into (it is the page's own object).
 */
function keepPath(from: unknown, into: Json, steps: ItemPath, made: WeakSet<object>): void {
  // Each step taken as the reader takes it (own fields, array indexes only).
  const value = at(from, ...steps);
  if (value === undefined) return;
  let target: Record<string | number, unknown> = into;
  for (let i = 0; i < steps.length - 1; i++) {
    const step = steps[i]!;
    let next = target[step];
    if (next === undefined) {
      next = typeof steps[i + 1] === 'number' ? [] : {};
      made.add(next as object);
      target[step] = next;
    } else if (typeof next !== 'object' || next === null || !made.has(next)) {
      return; // kept whole by an earlier path
    }
    target = next as Record<string | number, unknown>;
  }
  target[steps[steps.length - 1]!] = value;
}

/** An item renderer cut to `paths`; undefined when it is no object (then it is kept as it is). */
function pickItem(item: unknown, paths: readonly ItemPath[]): Json | undefined {
  if (!isObject(item)) return undefined;
  const out: Json = {};
  const made = new WeakSet<object>([out]);
  for (const path of paths) keepPath(item, out, path, made);
  return out;
}

/** Strings and subtrees no reader looks at outside an item: skipped in the open tab's layout. */
const SKIPPED = new Set(['trackingParams', 'thumbnail', 'thumbnails', 'avatar', 'banner', 'loggingDirectives']);

// The item reader's own bounds (items.ts): a pick never holds more than it would visit.
const MAX_DEPTH = 40;
const MAX_NODES = 200_000;

/** The open tab's content with each item cut to the paths the item reader reads; everything else keeps its shape and order. */
function layout(node: unknown, depth: number, budget: { left: number }): unknown {
  if (depth > MAX_DEPTH || budget.left-- <= 0 || node === null || typeof node !== 'object') return node;
  if (Array.isArray(node)) return node.map((child) => layout(child, depth + 1, budget));
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    const paths = ITEM_PATHS[key];
    if (paths) out[key] = pickItem(value, paths) ?? value;
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
