/**
 * Writes tests/fixtures/hostile/*.html: real saved pages (tests/fixtures/<platform>/) with hostile
 * content injected at named places, and nothing else changed. Each edit asserts that its target
 * occurs exactly as often as expected, so a changed original fails loudly instead of silently
 * producing a page without the attack. Deterministic: rerunning rewrites the same bytes.
 *
 *   npx tsx tests/lib/hostile/craft-hostile-pages.ts
 *
 * tests/fixtures/hostile/README.md lists every edit in prose.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchingBrace } from '../../../lib/parse/json-slice';
import { HOSTILE_PAGES, type HostilePage } from './hostile-pages';
import { DDE_FORMULA, HOSTILE_BIO, HOSTILE_CAPTION, HOSTILE_NAME, IMG_ONERROR, SCRIPT_TAG, deeplyNestedJson } from './hostile-values';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

// ---------------------------------------------------------------- text surgery

function replaceExactly(text: string, find: string, replacement: string, times = 1): string {
  const count = text.split(find).length - 1;
  if (count !== times) throw new Error(`expected ${times} × ${JSON.stringify(find.slice(0, 80))}, found ${count}`);
  return text.split(find).join(replacement);
}

/** Replace what `pattern` (one capture group) captures, in its only match. */
function replaceCaptured(text: string, pattern: RegExp, replacement: string): string {
  const matches = [...text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))];
  if (matches.length !== 1) throw new Error(`expected one match of ${pattern}, found ${matches.length}`);
  const m = matches[0]!;
  const start = m.index + m[0].indexOf(m[1]!);
  return text.slice(0, start) + replacement + text.slice(start + m[1]!.length);
}

/** Replace what `pattern` captures in its first matches, one replacement each, in page order. */
function replaceFirstCaptures(text: string, pattern: RegExp, replacements: readonly string[]): string {
  const matches = [...text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))].slice(0, replacements.length);
  if (matches.length !== replacements.length) throw new Error(`expected ${replacements.length} matches of ${pattern}, found ${matches.length}`);
  // From the last, so that earlier indexes stay valid.
  for (let i = matches.length - 1; i >= 0; i--) {
    const m = matches[i]!;
    const start = m.index + m[0].indexOf(m[1]!);
    text = text.slice(0, start) + replacements[i]! + text.slice(start + m[1]!.length);
  }
  return text;
}

/** Text as a page's HTML carries it: escaped, as every platform escapes user text. */
function html(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// ---------------------------------------------------------------- embedded JSON surgery

/** A JSON value written verbatim (1e400, a 10,000-level object) where JSON.stringify cannot. */
const raw = (token: string) => `@@RAW:${token}@@`;
const DEEP = raw('DEEP');

function serialize(data: unknown): string {
  return (
    JSON.stringify(data)
      // Inside a <script>, "</script>" in a string would end the element: pages escape "<" (TikTok, YouTube do).
      .replace(/</g, '\\u003c')
      .replace(/"@@RAW:([^@]+)@@"/g, (_, token: string) => (token === 'DEEP' ? deeplyNestedJson() : token))
  );
}

/** Parse the JSON object that starts at the first `{` after `marker`, edit it, and write it back. */
function editJsonAfter(text: string, marker: string, edit: (data: Record<string, unknown>) => void): string {
  const at = text.indexOf(marker);
  if (at < 0 || text.indexOf(marker, at + 1) >= 0) throw new Error(`expected one ${marker}`);
  const start = text.indexOf('{', at + marker.length);
  const end = matchingBrace(text, start);
  if (end < 0) throw new Error(`unbalanced JSON after ${marker}`);
  const data = JSON.parse(text.slice(start, end + 1)) as Record<string, unknown>;
  edit(data);
  return text.slice(0, start) + serialize(data) + text.slice(end + 1);
}

type Json = Record<string, unknown>;
function obj(value: unknown, ...path: Array<string | number>): Json {
  let current = value;
  for (const step of path) current = (current as Json)[step as string];
  if (typeof current !== 'object' || current === null) throw new Error(`no object at ${path.join('.')}`);
  return current as Json;
}

// ---------------------------------------------------------------- per platform

function tiktok(page: string): string {
  page = editJsonAfter(page, 'id="__UNIVERSAL_DATA_FOR_REHYDRATION__"', (data) => {
    const info = obj(data, '__DEFAULT_SCOPE__', 'webapp.user-detail', 'userInfo');
    Object.assign(obj(info, 'user'), { nickname: HOSTILE_NAME, signature: HOSTILE_BIO });
    Object.assign(obj(info, 'stats'), { followerCount: raw('1e400'), followingCount: -5, heart: 1e15, heartCount: 1e15, videoCount: '12abc' });
    Object.assign(obj(info, 'statsV2'), { followerCount: 'NaN', followingCount: '-5', heart: '1e400', heartCount: '1e400', videoCount: '12abc' });
    info.extraData = DEEP;
  });
  page = editJsonAfter(page, '<script type="application/ld+json" id="ProfilePage">', (data) => {
    const person = obj(data, 'mainEntity');
    Object.assign(person, { name: HOSTILE_NAME, description: HOSTILE_BIO, extraData: DEEP });
    const [likes, follows] = person.interactionStatistic as Json[];
    likes!.userInteractionCount = 'NaN';
    follows!.userInteractionCount = raw('1e400');
  });
  page = replaceExactly(page, 'data-e2e="user-bio" class="css-1h2xjbu-7937d88b--H2ShareDesc ed8bszu3">Timing, saludos desde Almería<', `data-e2e="user-bio" class="css-1h2xjbu-7937d88b--H2ShareDesc ed8bszu3">${html(HOSTILE_BIO)}<`);
  page = replaceCaptured(page, /data-e2e="user-subtitle"[^>]*>([^<]*)</, html(HOSTILE_NAME));
  page = replaceExactly(page, 'data-e2e="followers-count">783.4K<', 'data-e2e="followers-count">1e400<');
  page = replaceExactly(page, 'data-e2e="following-count">0<', 'data-e2e="following-count">NaN<');
  page = replaceExactly(page, 'data-e2e="likes-count">3.9M<', 'data-e2e="likes-count">-5<');
  // The view counts of the first four posts (192.1K, 1.9M, 4.4M, 2.3M).
  page = replaceFirstCaptures(page, /data-e2e="video-views"[^>]*>([^<]*)</, ['12abc', '1000000000000000', '-5', '1e400']);
  // The first post's caption is its thumbnail's alt text.
  page = replaceCaptured(page, /<img[^>]*alt="(La nueva locurilla[^"]*)"/, html(HOSTILE_CAPTION));
  return page;
}

function instagram(page: string): string {
  page = editJsonAfter(page, 'window._sharedData = ', (data) => {
    const user = obj(data, 'entry_data', 'ProfilePage', 0, 'graphql', 'user');
    Object.assign(user, { full_name: HOSTILE_NAME, biography: HOSTILE_BIO, category_name: DDE_FORMULA, extraData: DEEP });
    obj(user, 'edge_followed_by').count = raw('1e400');
    // `following` stays real (110): garbage must turn into null without taking good neighbours along,
    // and one known count keeps the page readable so that vetting and the CSV run on it too.
    obj(user, 'edge_owner_to_timeline_media').count = 1e15;
    const edges = obj(user, 'edge_owner_to_timeline_media').edges as Json[];
    const [first, second, third] = edges.map((edge) => obj(edge, 'node'));
    obj(first, 'edge_media_to_caption', 'edges', 0, 'node').text = HOSTILE_CAPTION;
    obj(first, 'edge_liked_by').count = '12abc';
    obj(first, 'edge_media_preview_like').count = 'NaN';
    obj(first, 'edge_media_to_comment').count = -5;
    obj(second!, 'edge_media_to_caption', 'edges', 0, 'node').text = IMG_ONERROR;
    obj(second!, 'edge_liked_by').count = raw('1e400');
    obj(second!, 'edge_media_preview_like').count = raw('1e400');
    obj(third!, 'edge_liked_by').count = 1e15;
    obj(third!, 'edge_media_preview_like').count = 1e15;
  });
  page = editJsonAfter(page, '<script type="application/ld+json">', (data) => {
    Object.assign(data, { name: HOSTILE_NAME, description: HOSTILE_BIO, extraData: DEEP });
    obj(data, 'mainEntityofPage', 'interactionStatistic').userInteractionCount = 'NaN';
  });
  page = replaceExactly(
    page,
    'content="2,187 Followers, 110 Following, 142 Posts - See Instagram photos and videos from Pluto (@pluto__travel)"',
    `content="1e400 Followers, 110 Following, 12abc Posts - See Instagram photos and videos from ${html(HOSTILE_NAME)} (@pluto__travel)"`,
    2, // name="description" and og:description
  );
  // The rendered header: counts, name and bio.
  page = replaceExactly(page, 'class="g47SY ">142</span> posts', 'class="g47SY ">-5</span> posts');
  page = replaceExactly(page, 'class="g47SY " title="2,187">2,187</span> followers', 'class="g47SY " title="1e400">1e400</span> followers');
  page = replaceExactly(page, '<span class="_8FvLi">Product/Service</span>', `<span class="_8FvLi">${html(DDE_FORMULA)}</span>`);
  page = replaceExactly(page, '<h1 class="rhpdm">Pluto</h1>', `<h1 class="rhpdm">${html(HOSTILE_NAME)}</h1>`);
  page = replaceCaptured(page, /<\/div><span>(Where\s+travel lovers go to escape\.[^]*?)<\/span> <a author_id/, html(HOSTILE_BIO));
  return page;
}

function x(page: string): string {
  page = editJsonAfter(page, 'data-testid="UserProfileSchema-test" data-rh="true">', (data) => {
    const person = obj(data, 'mainEntity');
    Object.assign(person, { name: HOSTILE_NAME, description: HOSTILE_BIO, extraData: DEEP });
    const [follows, friends, tweets] = person.interactionStatistic as Json[];
    follows!.userInteractionCount = raw('1e400');
    friends!.userInteractionCount = -5;
    tweets!.userInteractionCount = '12abc';
  });
  page = replaceExactly(page, '>Old man yelling at Claudes. Hobby-Twitterant.\n\n</span>', `>${html(HOSTILE_BIO)}\n\n</span>`);
  // The name in the header (the same name also heads each of his posts, left alone).
  page = replaceCaptured(page, /data-testid="UserName">[^]*?<span class="css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3">(Mario Zechner)<\/span>/, html(HOSTILE_NAME));
  page = replaceExactly(page, '<span class="css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3">14K</span>', '<span class="css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3">1e400</span>');
  page = replaceExactly(page, '<span class="css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3">979</span>', '<span class="css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3">NaN</span>');
  page = replaceExactly(page, '>97K posts</div>', '>-5 posts</div>');
  page = replaceExactly(page, '>New blog post, wherein I beat a dead horse for the last time.</span>', `>${html(HOSTILE_CAPTION)}</span>`);
  page = replaceExactly(page, 'aria-label="46 replies, 73 reposts, 939 likes, 1210 bookmarks, 241030 views"', 'aria-label="1e400 replies, NaN reposts, -5 likes, 12abc bookmarks, 1000000000000000 views"');
  page = replaceExactly(page, '>So tired of this.</span>', `>${html(SCRIPT_TAG)} ${html(IMG_ONERROR)}</span>`);
  return page;
}

function youtube(page: string): string {
  return editJsonAfter(page, 'var ytInitialData = ', (data) => {
    Object.assign(obj(data, 'metadata', 'channelMetadataRenderer'), { title: HOSTILE_NAME, description: HOSTILE_BIO });
    const header = obj(data, 'header', 'c4TabbedHeaderRenderer');
    Object.assign(header, { title: HOSTILE_NAME, extraData: DEEP });
    header.subscriberCountText = { simpleText: '1e400 subscribers', accessibility: { accessibilityData: { label: 'NaN subscribers' } } };
    header.videosCountText = { runs: [{ text: '-5' }, { text: ' videos' }] };
    const tabs = obj(data, 'contents', 'twoColumnBrowseResultsRenderer').tabs as Json[];
    const selected = tabs.map((t) => t.tabRenderer as Json | undefined).find((t) => t?.selected === true);
    const items = obj(selected, 'content', 'richGridRenderer').contents as Json[];
    const videos = items.slice(0, 4).map((item) => obj(item, 'richItemRenderer', 'content', 'videoRenderer'));
    const views = ['12abc views', '-5 views', '1000000000000000 views', '1e400 views'];
    videos.forEach((video, i) => {
      video.viewCountText = { simpleText: views[i] };
      video.shortViewCountText = { simpleText: views[i] };
    });
    videos[0]!.title = { runs: [{ text: HOSTILE_CAPTION }] };
    videos[0]!.descriptionSnippet = { runs: [{ text: `${SCRIPT_TAG} ${IMG_ONERROR}` }] };
    // Inside the grid, where the reader's bounded walk looks for video renderers.
    obj(items[0], 'richItemRenderer', 'content').extraData = DEEP;
  });
}

const CRAFT: Record<HostilePage['platform'], (page: string) => string> = { tiktok, instagram, x, youtube };

for (const page of HOSTILE_PAGES) {
  const original = readFileSync(join(FIXTURES, page.platform, page.original), 'utf8');
  const crafted = CRAFT[page.platform](original);
  writeFileSync(join(FIXTURES, 'hostile', page.file), crafted);
  console.log(`${page.file}: ${(crafted.length / 1e6).toFixed(2)} M chars (original ${(original.length / 1e6).toFixed(2)} M)`);
}
