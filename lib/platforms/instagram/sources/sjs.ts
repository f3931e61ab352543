/**
 * Rung 2, 2023+ pages: `<script type="application/json" data-sjs>` blocks, with the user and the
 * first posts nested deep inside a "require" structure: found by key wherever they sit.
 */
import type { Post } from '../../../contracts/creator';
import { safeJsonParse } from '../../../parse/embedded-json';
import { asArray, at } from '../../../parse/json-path';
import type { ProfileParts, SourceReading } from '../../source-ladder';
import { postsFromNodes } from '../media';
import { IG_EMBEDDED } from '../paths';
import { readUserObject } from '../user';
import { keyOf, pathOf } from '../../page-path';

const USER_KEY = keyOf(IG_EMBEDDED.sjsUserKey);
const TIMELINE_KEY = keyOf(IG_EMBEDDED.timelineKey);

/** The value under `key` anywhere in `root`, breadth-first, within a node budget (pages embed MBs). */
function findKey(root: unknown, key: string, budget = 200_000): unknown {
  const queue: unknown[] = [root];
  for (let i = 0; i < queue.length && i < budget; i++) {
    const value = queue[i];
    if (value === null || typeof value !== 'object') continue;
    if (!Array.isArray(value) && Object.prototype.hasOwnProperty.call(value, key)) return (value as Record<string, unknown>)[key];
    for (const child of Array.isArray(value) ? value : Object.values(value)) {
      if (child !== null && typeof child === 'object') queue.push(child);
    }
  }
  return undefined;
}

/** `scripts`: the `data-sjs` scripts' texts, in page order. */
export function readSjs(scripts: readonly string[], handle: string, tried: string[]): SourceReading | null {
  tried.push(`json:${pathOf(IG_EMBEDDED.sjsScripts)}`);
  const parts: ProfileParts[] = [];
  const posts: Post[] = [];
  for (const text of scripts) {
    const hasUser = text.includes(USER_KEY);
    const hasTimeline = text.includes(TIMELINE_KEY);
    if (!hasUser && !hasTimeline) continue;
    const json = safeJsonParse(text);
    if (hasUser) {
      const read = readUserObject(findKey(json, USER_KEY), 'json', `data-sjs ${USER_KEY}`);
      if (read && read.username === handle) parts.push(read.parts);
    }
    if (hasTimeline) posts.push(...postsFromNodes(asArray(at(findKey(json, TIMELINE_KEY), 'edges')), handle));
  }
  if (!parts.length && !posts.length) return null;
  return { name: 'json:data-sjs', parts: parts[0], posts };
}
