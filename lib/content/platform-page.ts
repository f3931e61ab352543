import type { ProfileHeader } from '../platforms/page-path';
import type { PageDataRequest } from './page-data';

/** One platform's page knowledge that content scripts need besides its reader. */
export interface PlatformPage {
  header: ProfileHeader;
  capturePaths: readonly RegExp[];
  /**
   * Ask the page-world script for the data the page has parsed already (lib/capture/page-data-hooks.ts)
   * instead of parsing it again from the document: YouTube's ytInitialData is ~250 KB of JSON.
   * The asking (requestPageData) is passed in, so that the scripts of platforms without page data
   * do not ship it.
   */
  pageData?: PageDataRequest;
}
