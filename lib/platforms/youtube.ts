/**
 * YouTube channel reader. Source ladder: the page's own data (`ytInitialData` in the server HTML,
 * or a captured `/youtubei/v1/browse` response — the same object), then the rendered header.
 * Pure: the document, URL and "now" are passed in.
 */
import { CAPS, capCount, capText } from '../contracts/caps';
import type { Creator, CreatorCount } from '../contracts/creator';
import { parseCount } from '../parse/count';
import { assignedJson, findScriptText } from '../parse/embedded-json';
import { asArray, asObject, asString, at } from '../parse/json-path';
import { profileRefFromUrl, type ProfileRef } from './profile-url';
import type { CaptureResult, PlatformReader, ReadContext, ReadFailure, ReadFailureReason, ReadResult } from './types';
import { atHandle, readChannel, type ChannelOptions, type ChannelRead } from './youtube-channel';
import { readItems } from './youtube-items';
import {
  BUTTON_URL,
  CONFIG_HL,
  CONTINUATION_ACTIONS,
  DOM,
  INITIAL_DATA_NAME,
  ROUTE_STREAMS,
  TABS,
  TOPBAR_BUTTONS,
  TRACKING_PARAMS,
} from './youtube-paths';

export const youtubeReader: PlatformReader = {
  platform: 'youtube',

  read(doc: Document, url: URL, context: ReadContext): ReadResult {
    const tried: string[] = [];
    try {
      const ref = profileRefFromUrl(url);
      if (ref?.platform !== 'youtube') return fail('not-profile', ['url']);
      tried.push(`json:${INITIAL_DATA_NAME}`);
      const data = initialData(doc);
      const locale = pageLocale(doc) ?? jsonLocale(data);
      let unreadableChannel = false;
      if (data !== undefined) {
        const page = readPage(data, url, ref, { now: context.now, locale, source: 'json' });
        if (page.kind === 'ok') {
          return { ok: true, creator: page.channel.creator, posts: page.posts, sources: [`json:${INITIAL_DATA_NAME}`] };
        }
        tried.push(page.kind === 'other-channel' ? 'json:stale (another channel)' : 'json:no channel header');
        // A header we do not know is a layout change, not a page still loading.
        unreadableChannel = page.kind === 'no-channel' && (at(data, 'header') !== undefined || at(data, 'metadata') !== undefined);
      }
      tried.push('dom:header');
      const dom = readDom(doc, url, ref, context, locale);
      if (dom) return dom;
      if (doc.querySelector(DOM.consent)) tried.push('consent-page');
      return fail(unreadableChannel ? 'unsupported-layout' : 'not-ready', tried);
    } catch {
      return fail('unsupported-layout', tried);
    }
  },

  readCapture(json: unknown, url: URL, context: ReadContext): CaptureResult {
    const nothing = (reason: string): CaptureResult => ({ ok: false, creator: null, posts: [], sources: [], reason });
    try {
      const ref = profileRefFromUrl(url);
      if (ref?.platform !== 'youtube') return nothing('not a YouTube channel page');
      const locale = jsonLocale(json);
      const page = readPage(json, url, ref, { now: context.now, locale, source: 'capture' });
      if (page.kind === 'ok') return { ok: true, creator: page.channel.creator, posts: page.posts, sources: ['capture:browse'] };
      if (page.kind === 'other-channel') return nothing('response is about another channel');
      // A continuation (the next items of a tab) has items but no channel to check them against.
      const posts = readItems(asArray(at(json, ...CONTINUATION_ACTIONS)), {
        now: context.now,
        locale,
        channelId: null,
        liveTab: isLiveTab(json, url),
      });
      return posts.length ? { ok: true, creator: null, posts, sources: ['capture:browse-continuation'] } : nothing('no channel or videos in this response');
    } catch {
      return nothing('unreadable response');
    }
  },
};

type PageRead = { kind: 'ok'; channel: ChannelRead; posts: ReturnType<typeof readItems> } | { kind: 'other-channel' } | { kind: 'no-channel' };

function readPage(data: unknown, url: URL, ref: ProfileRef, options: ChannelOptions): PageRead {
  const channel = readChannel(data, options);
  if (!channel) return { kind: 'no-channel' };
  // SPA navigation leaves the first page's data in the document: use it only for this channel.
  if (!sameChannel(channel, ref)) return { kind: 'other-channel' };
  const tab = asArray(at(data, ...TABS))
    .map((t) => asObject(at(t, 'tabRenderer')) ?? asObject(at(t, 'expandableTabRenderer')))
    .find((t) => at(t, 'selected') === true);
  const roots = [at(tab, 'content'), at(data, ...CONTINUATION_ACTIONS)];
  const posts = readItems(roots, { now: options.now, locale: options.locale, channelId: channel.channelId, liveTab: isLiveTab(data, url) });
  return { kind: 'ok', channel, posts };
}

function sameChannel(channel: ChannelRead, ref: ProfileRef): boolean {
  if (ref.channelId) return channel.channelId === ref.channelId;
  if (ref.handle) return channel.atHandles.includes(ref.handle);
  // /c/<name> and /user/<name>: the legacy name, or a handle that kept the same name.
  const name = ref.key.slice(ref.key.indexOf(':') + 1);
  return channel.legacyNames.includes(name) || channel.atHandles.includes(name);
}

function isLiveTab(data: unknown, url: URL): boolean {
  const segments = url.pathname.split('/').filter(Boolean);
  const tab = segments[0]?.startsWith('@') ? segments[1] : segments[2];
  return tab === 'streams' || tab === 'live' || trackingParam(data, 'route') === ROUTE_STREAMS;
}

function initialData(doc: Document): unknown {
  for (const script of Array.from(doc.scripts)) {
    const text = script.textContent ?? '';
    if (!text.includes(INITIAL_DATA_NAME)) continue;
    const value = assignedJson(text, INITIAL_DATA_NAME);
    if (asObject(value)) return value;
  }
  return undefined;
}

function pageLocale(doc: Document): string | undefined {
  const lang = normalizeLocale(doc.documentElement?.getAttribute('lang'));
  if (lang) return lang;
  const config = findScriptText(doc, 'INNERTUBE_CONTEXT_HL');
  return normalizeLocale(config ? CONFIG_HL.exec(config)?.[1] : undefined);
}

function jsonLocale(data: unknown): string | undefined {
  const tracked = normalizeLocale(trackingParam(data, 'hl'));
  if (tracked) return tracked;
  for (const button of asArray(at(data, ...TOPBAR_BUTTONS))) {
    const link = asString(at(button, ...BUTTON_URL));
    if (!link) continue;
    try {
      const hl = normalizeLocale(new URL(link, 'https://www.youtube.com').searchParams.get('hl'));
      if (hl) return hl;
    } catch {
      // not a URL: try the next button
    }
  }
  return undefined;
}

function trackingParam(data: unknown, key: string): string | undefined {
  for (const service of asArray(at(data, ...TRACKING_PARAMS))) {
    for (const param of asArray(at(service, 'params'))) {
      if (at(param, 'key') === key) return asString(at(param, 'value'));
    }
  }
  return undefined;
}

/** "es_ES" → "es-ES"; anything that is not a language tag → undefined. */
function normalizeLocale(value: string | null | undefined): string | undefined {
  return value && /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?$/.test(value) ? value.replace('_', '-') : undefined;
}

/**
 * The rendered header, for a page whose data is missing or belongs to another channel. Counts here
 * are the visible abbreviated text; posts are not read from the DOM.
 */
function readDom(doc: Document, url: URL, ref: ProfileRef, context: ReadContext, locale: string | undefined): ReadResult | null {
  const rows = Array.from(doc.querySelectorAll(DOM.metadataRows)).map((row) =>
    textOf(row)
      .split('•')
      .map((part) => part.trim())
      .filter(Boolean),
  );
  const handleText = firstText(doc, DOM.handle) || rows.flat().find((part) => part.startsWith('@')) || '';
  const domHandle = atHandle(handleText.split(/\s/)[0]);
  const name = firstText(doc, DOM.name);
  if (!domHandle && !name) return null;
  // The header of the previous channel can linger while the new one renders.
  if (domHandle && ref.handle && domHandle !== ref.handle) return null;

  const countRow = rows.find((parts) => parts.length >= 2 && !parts.some((part) => part.startsWith('@')));
  const provenance: Creator['provenance'] = {};
  const count = (key: CreatorCount, text: string | undefined, via: string, alwaysRounded: boolean): number | null => {
    const parsed = text ? parseCount(text, locale) : null;
    const value = parsed ? capCount(parsed.value) : null;
    if (value === null || !parsed) return null;
    provenance[key] = { source: 'dom', exact: parsed.exact && !alwaysRounded, via };
    return value;
  };
  const subscriberText = firstText(doc, DOM.subscribers);
  const followers = subscriberText
    ? count('followers', subscriberText, DOM.subscribers[0], true)
    : count('followers', countRow?.[0], DOM.metadataRows, true);
  const postsCount = subscriberText ? null : count('postsCount', countRow?.[1], DOM.metadataRows, false);

  const handle = domHandle ?? ref.handle ?? (ref.channelId ? ref.channelId.toLowerCase() : ref.key.slice(ref.key.indexOf(':') + 1));
  const atName = domHandle ?? ref.handle;
  const creator: Creator = {
    platform: 'youtube',
    handle,
    displayName: capText(name, CAPS.displayName),
    profileUrl: atName
      ? `https://www.youtube.com/@${atName}`
      : ref.channelId
        ? `https://www.youtube.com/channel/${ref.channelId}`
        : `${url.origin}/${ref.key.replace(':', '/')}`,
    followers,
    following: null,
    postsCount,
    totalLikes: null,
    verified: null,
    bio: '',
    emails: [],
    links: [],
    category: null,
    provenance,
    joinedAt: null,
    capturedAt: context.now.toISOString(),
  };
  return { ok: true, creator, posts: [], sources: ['dom:header'] };
}

function firstText(doc: Document, selectors: readonly string[]): string {
  for (const selector of selectors) {
    const text = textOf(doc.querySelector(selector));
    if (text) return text;
  }
  return '';
}

function textOf(el: Element | null): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function fail(reason: ReadFailureReason, tried: string[]): ReadFailure {
  return { ok: false, reason, tried };
}
