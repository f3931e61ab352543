/** Rung 1, 2018-2022 pages: the profile in `window._sharedData` (entry_data.ProfilePage[0].graphql.user). */
import { assignedJson } from '../../../parse/embedded-json';
import type { SourceReading } from '../../source-ladder';
import { IG_EMBEDDED } from '../paths';
import { readUserObject } from '../user';
import { atPath } from '../../page-path';

/** The `_sharedData` object of the first script text that assigns one, or undefined. */
export function sharedDataIn(texts: Iterable<string>): unknown {
  for (const text of texts) {
    if (!text.includes(IG_EMBEDDED.sharedDataMarker)) continue;
    const data = assignedJson(text, IG_EMBEDDED.sharedDataName);
    if (data !== undefined) return data;
  }
  return undefined;
}

export function readSharedData(data: unknown, handle: string, tried: string[]): SourceReading | null {
  tried.push('json:window._sharedData');
  const read = readUserObject(atPath(data, IG_EMBEDDED.profileUser), 'json', 'window._sharedData…graphql.user');
  // The script belongs to the first page of the session; after in-app navigation it is another user's.
  if (!read || read.username !== handle) return null;
  return { name: 'json:window._sharedData', parts: read.parts, posts: read.posts };
}
