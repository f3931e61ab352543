/**
 * Rung 4: the rendered post grid, as page-collect.ts took it from the page (this profile's tiles
 * only). Tiles give the post code, the kind (icons), a date when Instagram wrote the alt text
 * itself, and likes and comments from the hover overlay.
 */
import { CAPS, capCount, capText } from '../../../contracts/caps';
import type { Post, PostCount } from '../../../contracts/creator';
import { parseCount } from '../../../parse/count';
import { hasDisclosure } from '../../../parse/sponsored';
import type { SourceReading } from '../../source-ladder';
import type { GridTileExtract } from '../page-collect';
import { IG_GRID, IG_ORIGIN } from '../paths';
import { decodeEntities, englishDate } from '../text';

function overlayCounts(overlay: GridTileExtract['overlay'], locale: string | undefined): { likes: number | null; comments: number | null; rounded: PostCount[] } {
  const rounded: PostCount[] = [];
  const read = (text: string, key: PostCount): number | null => {
    const parsed = parseCount(text, locale);
    const value = parsed ? capCount(parsed.value) : null;
    if (parsed && value !== null && !parsed.exact) rounded.push(key);
    return value;
  };
  return overlay ? { likes: read(overlay[0], 'likes'), comments: read(overlay[1], 'comments'), rounded } : { likes: null, comments: null, rounded };
}

export function readGrid(tiles: readonly GridTileExtract[], tab: string, locale: string | undefined, tried: string[]): SourceReading | null {
  tried.push('dom:grid');
  if (IG_GRID.foreignTabs.has(tab)) return null;
  const posts: Post[] = [];
  const seen = new Set<string>();
  for (const tile of tiles) {
    // The page chose the codes: only a post code goes into a URL, and each once.
    if (!IG_GRID.code.test(tile.code) || seen.has(tile.code)) continue;
    seen.add(tile.code);
    const alt = decodeEntities(tile.alt);
    const generated = IG_GRID.generatedAlt.test(alt);
    const dateText = generated ? IG_GRID.altDate.exec(alt.slice(0, 300))?.[1] : undefined;
    const publishedAt = dateText ? englishDate(dateText) : null;
    // Where Instagram did not write its own alt text, the alt is the caption (reels, some posts);
    // only English pages can be told apart reliably.
    const caption = !generated && locale?.startsWith('en') ? capText(alt, CAPS.caption) : '';
    const kind: Post['kind'] = tile.route !== 'p' || tile.clip ? 'video' : tile.carousel ? 'carousel' : 'image';
    const { likes, comments, rounded } = overlayCounts(tile.overlay, locale);
    posts.push({
      id: tile.code,
      url: `${IG_ORIGIN}/p/${tile.code}/`,
      publishedAt,
      publishedAtPrecision: publishedAt ? 'day' : null,
      likes,
      comments,
      views: null,
      shares: null,
      saves: null,
      rounded,
      kind,
      pinned: tile.pinned,
      sponsored: hasDisclosure(caption),
      caption,
    });
    if (posts.length >= CAPS.posts) break;
  }
  return posts.length ? { name: 'dom:grid', posts } : null;
}
