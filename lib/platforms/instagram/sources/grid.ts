/**
 * Rung 4: the rendered post grid. Tiles give the post code, the kind (icons), a date when Instagram
 * wrote the alt text itself, and likes and comments from the hover overlay.
 */
import { CAPS, capCount, capText } from '../../../contracts/caps';
import type { Post, PostCount } from '../../../contracts/creator';
import { parseCount } from '../../../parse/count';
import { hasDisclosure } from '../../../parse/sponsored';
import type { SourceReading } from '../../source-ladder';
import { IG_GRID, IG_ORIGIN } from '../paths';
import { decodeEntities, englishDate } from '../text';
import { anyOf, select, selectAll } from '../../page-path';

const CLIP_ICON = anyOf(IG_GRID.clipIcon);
const PINNED_ICON = anyOf(IG_GRID.pinnedIcon);

function overlayCounts(tile: Element, locale: string | undefined): { likes: number | null; comments: number | null; rounded: PostCount[] } {
  const items = selectAll(tile, IG_GRID.overlayItems);
  const rounded: PostCount[] = [];
  const read = (index: number, key: PostCount): number | null => {
    const parsed = parseCount(items[index]?.textContent ?? '', locale);
    const value = parsed ? capCount(parsed.value) : null;
    if (parsed && value !== null && !parsed.exact) rounded.push(key);
    return value;
  };
  return items.length === 2 ? { likes: read(0, 'likes'), comments: read(1, 'comments'), rounded } : { likes: null, comments: null, rounded };
}

export function readGrid(doc: Document, header: Element | null, handle: string, tab: string, locale: string | undefined, tried: string[]): SourceReading | null {
  tried.push('dom:grid');
  if (IG_GRID.foreignTabs.has(tab)) return null;
  // Tiles linked as `/<user>/p/…` say whose they are; bare `/p/…` tiles (older grids) are trusted
  // only under this profile's header, since the previous profile's grid can linger after navigation.
  const trustBare = header !== null;
  const root = select(doc, IG_GRID.root) ?? doc.body;
  if (!root) return null;
  const posts: Post[] = [];
  const seen = new Set<string>();
  for (const tile of selectAll(root, IG_GRID.links)) {
    if (tile.closest('header')) continue;
    const href = (tile.getAttribute('href') ?? '').replace(/^https:\/\/www\.instagram\.com/, '');
    const m = IG_GRID.href.exec(href);
    if (!m?.[2] || !m[3] || (m[1] ? m[1].toLowerCase() !== handle : !trustBare) || seen.has(m[3])) continue;
    seen.add(m[3]);
    const alt = decodeEntities(tile.querySelector('img')?.getAttribute('alt') ?? '');
    const generated = IG_GRID.generatedAlt.test(alt);
    const dateText = generated ? IG_GRID.altDate.exec(alt.slice(0, 300))?.[1] : undefined;
    const publishedAt = dateText ? englishDate(dateText) : null;
    // Where Instagram did not write its own alt text, the alt is the caption (reels, some posts);
    // only English pages can be told apart reliably.
    const caption = !generated && locale?.startsWith('en') ? capText(alt, CAPS.caption) : '';
    const kind: Post['kind'] =
      m[2] !== 'p' || tile.querySelector(CLIP_ICON) ? 'video' : select(tile, IG_GRID.carouselIcon) ? 'carousel' : 'image';
    const { likes, comments, rounded } = overlayCounts(tile, locale);
    posts.push({
      id: m[3],
      url: `${IG_ORIGIN}/p/${m[3]}/`,
      publishedAt,
      publishedAtPrecision: publishedAt ? 'day' : null,
      likes,
      comments,
      views: null,
      shares: null,
      saves: null,
      rounded,
      kind,
      pinned: tile.querySelector(PINNED_ICON) !== null,
      sponsored: hasDisclosure(caption),
      caption,
    });
    if (posts.length >= CAPS.posts) break;
  }
  return posts.length ? { name: 'dom:grid', posts } : null;
}
