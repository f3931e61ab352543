import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Platform } from '../../lib/contracts/creator';
import type { PageServer } from '../e2e/https-server';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** One saved post page, served at its real URL (from its expected file). */
export interface PostPageTarget {
  platform: Platform;
  file: string;
  url: string;
  serve(server: PageServer): void;
}

/**
 * The post pages the e2e tier opens (tests/e2e/post-pages.e2e.ts), one per platform. X's e2e
 * serves its logged-out shell and feeds the post through the app's fetch; here X is its saved
 * rendered status page instead, so that the page carries a post the content script reads from the
 * DOM as it does in the field (the shell alone shows nothing to read).
 */
export const POST_PAGE_FILES: Record<Platform, string> = {
  youtube: '2024-01_watch_html_es-ES_ytInitialData-ytInitialPlayerResponse_onemedia.html',
  tiktok: '2025-12_video_rendered-dom_universal-data_en-ES_illojuan.html',
  instagram: '2021-10_post_html_sharedData_logged-out_tesla.html',
  x: '2025-11_status_rendered-dom_en-GB_bigtechalert.html',
};

export function postPageTargets(): PostPageTarget[] {
  return (['youtube', 'tiktok', 'instagram', 'x'] as const).map((platform) => {
    const file = POST_PAGE_FILES[platform];
    const dir = join(FIXTURES, platform);
    const { url } = JSON.parse(readFileSync(join(dir, file.replace(/\.html$/, '.expected.json')), 'utf8')) as { url: string };
    const html = readFileSync(join(dir, file), 'utf8');
    return { platform, file, url, serve: (server) => server.setRoute({ url, body: html }) };
  });
}
