/**
 * The part of a watch page's `ytInitialData` and `ytInitialPlayerResponse` the post reader looks
 * at, picked in the page's own world where the page has parsed both already: the video id, the
 * primary info renderer, the owner box, the comments panel's header, the locale markers and the
 * player's microformat figures. The two objects are 0.3–0.9 MB of JSON (related videos, player
 * formats, captions, country lists); the pick is a few KB, so the content script gets it as a
 * structured clone instead of re-parsing the script texts. Pure, and free of the reader's path tables
 * so that the page-world script stays small: tests/lib/platforms/youtube-watch-data.test.ts checks
 * that the post reader reads the same from the pick as from the whole on every saved watch page and
 * `/next`/`/player` response.
 */

import { at, isObject, pickFields } from '../../../parse/json-path';

type Json = Record<string, unknown>;

/** The watch page's own data as the page-world script hands it over; a member the page lacks is absent. */
export interface WatchData {
  ytInitialData?: Json;
  ytInitialPlayerResponse?: Json;
}

/** Of each `contents[]` entry, the renderers the reader reads (found by key: their positions move). */
const CONTENT_FIELDS: Readonly<Record<string, readonly string[]>> = {
  videoPrimaryInfoRenderer: ['title', 'viewCount', 'dateText', 'videoActions'],
  videoSecondaryInfoRenderer: ['owner'],
};
const COMMENTS_TARGET = 'engagement-panel-comments-section';
const MICROFORMAT_FIELDS = ['title', 'publishDate', 'viewCount', 'likeCount', 'ownerChannelName', 'ownerProfileUrl'] as const;



function pickInitialData(data: unknown): Json | undefined {
  if (!isObject(data)) return undefined;
  const picked: Json = {};
  const videoId = at(data, 'currentVideoEndpoint', 'watchEndpoint', 'videoId');
  if (videoId !== undefined) picked.currentVideoEndpoint = { watchEndpoint: { videoId } };
  const contents = at(data, 'contents', 'twoColumnWatchNextResults', 'results', 'results', 'contents');
  if (Array.isArray(contents)) {
    const kept = contents.map((entry: unknown) => {
      if (!isObject(entry)) return entry;
      const out: Json = {};
      for (const [key, fields] of Object.entries(CONTENT_FIELDS)) if (entry[key] !== undefined) out[key] = pickFields(entry[key], fields) ?? entry[key];
      return out;
    });
    picked.contents = { twoColumnWatchNextResults: { results: { results: { contents: kept } } } };
  }
  const panels = data.engagementPanels;
  if (Array.isArray(panels)) {
    picked.engagementPanels = panels
      .filter((panel: unknown) => at(panel, 'engagementPanelSectionListRenderer', 'targetId') === COMMENTS_TARGET)
      .map((panel: unknown) => ({ engagementPanelSectionListRenderer: pickFields(at(panel, 'engagementPanelSectionListRenderer'), ['targetId', 'header']) }));
  }
  const tracking = at(data, 'responseContext', 'serviceTrackingParams');
  if (tracking !== undefined) picked.responseContext = { serviceTrackingParams: tracking };
  const buttons = at(data, 'topbar', 'desktopTopbarRenderer', 'topbarButtons');
  if (buttons !== undefined) picked.topbar = { desktopTopbarRenderer: { topbarButtons: buttons } };
  return picked;
}

function pickPlayerResponse(player: unknown): Json | undefined {
  if (!isObject(player)) return undefined;
  const picked: Json = {};
  const videoId = at(player, 'videoDetails', 'videoId');
  if (videoId !== undefined) picked.videoDetails = { videoId };
  const micro = pickFields(at(player, 'microformat', 'playerMicroformatRenderer'), MICROFORMAT_FIELDS);
  if (micro) picked.microformat = { playerMicroformatRenderer: micro };
  return picked;
}

/**
 * A small plain object with the same shape as the page's two objects wherever the post reader
 * looks. Never throws on odd shapes: whatever it cannot place it leaves out.
 */
export function pickWatchData(initialData: unknown, playerResponse: unknown): WatchData {
  const picked: WatchData = {};
  const data = pickInitialData(initialData);
  if (data) picked.ytInitialData = data;
  const player = pickPlayerResponse(playerResponse);
  if (player) picked.ytInitialPlayerResponse = player;
  return picked;
}
