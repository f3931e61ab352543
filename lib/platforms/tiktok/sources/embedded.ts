/**
 * Rung 1: the JSON the page embeds, newest generation first: `__UNIVERSAL_DATA_FOR_REHYDRATION__`
 * (webapp.user-detail), `SIGI_STATE` (UserModule, ItemModule), `__NEXT_DATA__` (pageProps). Used
 * only when it describes the profile in the URL: after an in-app navigation it still holds the
 * first page's.
 */
import { memberObject, safeJsonParse } from '../../../parse/embedded-json';
import { asArray, asObject, at } from '../../../parse/json-path';
import type { SourceReading } from '../../source-ladder';
import { postsFromItems } from '../items';
import { JSON_PATHS, SCRIPTS } from '../paths';
import { normalizeHandle, profileFromUserInfo, type UserInfoParts } from '../user-info';
import { atPath, pathOf } from '../../page-path';

export interface EmbeddedProfile extends UserInfoParts {
  items: unknown;
}

const [SCOPE = '', USER_DETAIL = ''] = pathOf(JSON_PATHS.universalUserInfo);

export function universalProfile(data: unknown): EmbeddedProfile | null {
  const info = asObject(atPath(data, JSON_PATHS.universalUserInfo));
  return info ? { user: info.user, stats: info.stats, statsV2: info.statsV2, items: info.itemList } : null;
}

function sigiProfile(data: unknown, handle: string): EmbeddedProfile | null {
  const users = asObject(atPath(data, JSON_PATHS.sigiUsers));
  if (!users) return null;
  const keys = Object.keys(users);
  // Keyed by uniqueId; when the page is for someone else, return that user so the caller can say so.
  const key = keys.find((k) => normalizeHandle(at(users, k, 'uniqueId')) === handle) ?? keys[0];
  if (key === undefined) return null;
  const itemModule = asObject(atPath(data, JSON_PATHS.sigiItems)) ?? {};
  const order = asArray(atPath(data, JSON_PATHS.sigiPostOrder)).filter((id): id is string => typeof id === 'string');
  const items = (order.length ? order : Object.keys(itemModule)).map((id) => itemModule[id]);
  return { user: users[key], stats: at(data, ...pathOf(JSON_PATHS.sigiStats), key), statsV2: undefined, items };
}

function nextProfile(data: unknown): EmbeddedProfile | null {
  const info = asObject(atPath(data, JSON_PATHS.nextUserInfo));
  return info ? { user: info.user, stats: info.stats, statsV2: info.statsV2, items: atPath(data, JSON_PATHS.nextItems) } : null;
}

const EXTRACTORS: Array<[string, (data: unknown, handle: string) => EmbeddedProfile | null]> = [
  ['webapp.user-detail.userInfo', universalProfile],
  ['UserModule', sigiProfile],
  ['pageProps.userInfo', nextProfile],
];

/**
 * The rehydration data as the universal extractor reads it: only its `webapp.user-detail` object,
 * sliced out of the text and parsed alone (the whole is ~250 KB of app state and translations); the
 * whole text when the slice has no profile. tiktok-embedded-slice.test.ts: the same reading on every fixture.
 */
export function universalData(text: string): unknown {
  const userDetail = memberObject(text, USER_DETAIL);
  const sliced = userDetail === undefined ? undefined : { [SCOPE]: { [USER_DETAIL]: userDetail } };
  return sliced !== undefined && universalProfile(sliced) ? sliced : safeJsonParse(text);
}

/** `texts`: the text of each of SCRIPTS, in their order, as collected on the page (null: absent). */
export function readEmbedded(texts: ReadonlyArray<string | null>, handle: string, now: Date, tried: string[]): SourceReading | null {
  for (const [index, script] of SCRIPTS.entries()) {
    const selector = pathOf(script);
    const id = selector.slice(selector.indexOf('#') + 1);
    const [via, extract] = EXTRACTORS[index] ?? [];
    const text = texts[index] ?? '';
    const data = extract === universalProfile ? universalData(text) : safeJsonParse(text);
    const embedded = data === undefined || !extract ? null : extract(data, handle);
    const profile = embedded && via ? profileFromUserInfo(embedded, 'json', via, now) : null;
    if (!embedded || !profile) {
      tried.push(`json:${id}${data === undefined ? ' (absent)' : ' (no profile)'}`);
      continue;
    }
    if (profile.handle !== handle) {
      tried.push(`json:${id} (stale: for @${profile.handle})`);
      continue;
    }
    return { name: `json:${id}`, parts: profile.parts, posts: postsFromItems(embedded.items, handle, now) };
  }
  return null;
}
