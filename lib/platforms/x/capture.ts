/**
 * X's GraphQL responses as the page-world script captures them: a profile (`UserByScreenName`) or a
 * profile timeline (`UserTweets`). A timeline never changes the page reading's post order: on a
 * logged-out profile the page is drawn from that very response (so it is the same selection), and a
 * response does not say whether the viewer is logged in. Pure: everything, "now" included, is passed in.
 */
import { asObject, asString, at } from '../../parse/json-path';
import { atPath, firstAt } from '../page-path';
import { xProfileRef } from './profile-url';
import type { CaptureResult, ReadContext } from '../types';
import { readTimeline } from './graphql-timeline';
import { creatorFromUser } from './graphql-user';
import { X_GRAPHQL } from './paths';

const present = (value: unknown) => (value === null ? undefined : value);

/** A captured X GraphQL response: a profile (`UserByScreenName`) or a profile timeline (`UserTweets`). */
export function readXCapture(json: unknown, url: URL, context: ReadContext): CaptureResult {
  const fail = (reason: string): CaptureResult => ({ ok: false, creator: null, posts: [], sources: [], reason });
  try {
    const result = atPath(json, X_GRAPHQL.userResult);
    if (!asObject(result)) return fail('not an X user response');
    const ref = xProfileRef(url);
    const urlHandle = ref?.platform === 'x' ? ref.handle : null;

    const instructions = firstAt(result, X_GRAPHQL.timelineInstructions, present);
    if (instructions && Array.isArray(instructions.value)) return readTimeline(instructions.value, instructions.where.join('.'), urlHandle, context);

    const typename = asString(at(result, '__typename'));
    if (typename === 'UserUnavailable') return fail('user unavailable');
    const creator = creatorFromUser(result, context);
    if (!creator) return fail('unknown user shape');
    // A hover card fetches other users while the profile is open: only the URL's creator counts.
    if (urlHandle && creator.handle !== urlHandle) return fail(`response is for @${creator.handle}, page is @${urlHandle}`);
    return { ok: true, creator, posts: [], sources: ['capture:graphql:UserByScreenName'] };
  } catch {
    return fail('unreadable response');
  }
}
