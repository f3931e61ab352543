import { instagramPostCodeOf } from '../platforms/instagram/post/post-url';
import { profileRefFromUrl } from '../platforms/profile-url';
import { tiktokVideoIdOf } from '../platforms/tiktok/post/post-url';
import { xStatusOf } from '../platforms/x/post/post-url';
import { youtubeVideoIdOf } from '../platforms/youtube/post/post-url';

/**
 * Whether a page at `url` is one the platform's content script will ask the background about:
 * the same URL rules as theirs (their readers' profileRef and postIdOf), without their reader code.
 */
export function isProfileOrPostUrl(url: URL): boolean {
  return profileRefFromUrl(url) !== null || youtubeVideoIdOf(url) !== null || tiktokVideoIdOf(url) !== null || instagramPostCodeOf(url) !== null || xStatusOf(url) !== null;
}
