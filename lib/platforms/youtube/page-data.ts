/**
 * One YouTube page-data object (`ytInitialData`, or a `/youtubei/v1/browse` response, which has the
 * same shape) read into the channel, the open tab's videos, and whether that tab lists the latest.
 */
import type { Post, PostOrder } from '../../contracts/creator';
import { asArray, asObject, asString, at } from '../../parse/json-path';
import type { ProfileRef } from '../profile-ref';
import { readChannel, type ChannelOptions, type ChannelRead } from './channel';
import { readItems } from './items';
import { trackingParam } from './locale';
import { CONTINUATION_ACTIONS, MENU_LATEST, ROUTE_STREAMS, SORT, TABS, TAB_URL, TIMELINE_TABS } from './paths';
import { atPath, pathOf } from '../page-path';

export type PageRead = { kind: 'ok'; channel: ChannelRead; posts: Post[]; postOrder: PostOrder | undefined } | { kind: 'other-channel' } | { kind: 'no-channel' };

function sameChannel(channel: ChannelRead, ref: ProfileRef): boolean {
  if (ref.channelId) return channel.channelId === ref.channelId;
  if (ref.handle) return channel.atHandles.includes(ref.handle);
  // /c/<name> and /user/<name>: the legacy name, or a handle that kept the same name.
  const name = ref.key.slice(ref.key.indexOf(':') + 1);
  return channel.legacyNames.includes(name) || channel.atHandles.includes(name);
}

/** The tab a channel path names: "/@x/videos", "/channel/UC…/videos", "/c/x" (Home: ""). */
function tabOfPath(pathname: string): string {
  const segments = pathname.split('/').filter(Boolean);
  return (segments[0]?.startsWith('@') ? segments[1] : segments[2]) ?? '';
}

export function isLiveTab(data: unknown, url: URL): boolean {
  const tab = tabOfPath(url.pathname);
  return tab === 'streams' || tab === 'live' || trackingParam(data, 'route') === ROUTE_STREAMS;
}

/** Index of the chosen option in a list of sort chips, or -1 when none is marked. */
function chosen(chips: unknown, selected: readonly (string | number)[]): number {
  return asArray(chips).findIndex((chip) => at(chip, ...selected) === true);
}

/**
 * 'popular' when the open tab does not list the channel's latest uploads newest first: Home (shelves
 * the channel picked), or a Videos, Shorts or Live grid sorted by "Popular" or "Oldest".
 */
function tabOrder(tab: unknown, url: URL): PostOrder | undefined {
  const name = tabOfPath(asString(atPath(tab, TAB_URL)) ?? url.pathname);
  if (!TIMELINE_TABS.has(name)) return 'popular';
  const content = at(tab, 'content');
  const chip = Math.max(chosen(atPath(content, SORT.chipCloud), pathOf(SORT.chipCloudSelected)), chosen(atPath(content, SORT.chipBar), pathOf(SORT.chipBarSelected)));
  if (chip > 0) return 'popular';
  const menu = asArray(atPath(content, SORT.menu)).find((item) => at(item, 'selected') === true);
  const menuUrl = asString(atPath(menu, SORT.menuUrl));
  return menuUrl !== undefined && !MENU_LATEST.test(menuUrl) ? 'popular' : undefined;
}

export function readPage(data: unknown, url: URL, ref: ProfileRef, options: ChannelOptions): PageRead {
  const channel = readChannel(data, options);
  if (!channel) return { kind: 'no-channel' };
  // SPA navigation leaves the first page's data in the document: use it only for this channel.
  if (!sameChannel(channel, ref)) return { kind: 'other-channel' };
  const tab = asArray(atPath(data, TABS))
    .map((t) => asObject(at(t, 'tabRenderer')) ?? asObject(at(t, 'expandableTabRenderer')))
    .find((t) => at(t, 'selected') === true);
  const roots = [at(tab, 'content'), atPath(data, CONTINUATION_ACTIONS)];
  const posts = readItems(roots, { now: options.now, locale: options.locale, channelId: channel.channelId, liveTab: isLiveTab(data, url) });
  return { kind: 'ok', channel, posts, postOrder: tab === undefined ? undefined : tabOrder(tab, url) };
}
