import type { Creator, Platform } from '../contracts/creator';
import { CAPS } from '../contracts/caps';

/**
 * A creator that knows only who it is: the base that captured API responses are merged onto when
 * no page reading exists (the `vet` command on .json files; an SPA switch whose new profile only
 * arrived through the page's own fetch). Every count is null — unknown, never 0.
 */
export function emptyCreator(platform: Platform, handle: string, profileUrl: string, now: Date): Creator {
  return {
    platform,
    handle: handle.slice(0, CAPS.handle),
    displayName: '',
    profileUrl,
    followers: null,
    following: null,
    postsCount: null,
    totalLikes: null,
    verified: null,
    bio: '',
    emails: [],
    links: [],
    category: null,
    provenance: {},
    joinedAt: null,
    capturedAt: now.toISOString(),
  };
}
