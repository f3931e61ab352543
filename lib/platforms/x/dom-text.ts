/** Reading X's rendered DOM: text as a person sees it, and what belongs to a post rather than to a post it quotes. */
import { X_DOM, X_ORIGIN } from './paths';
import { pathOf } from '../page-select';

/** What visibleText reads other than as textContent would: emoji images, links cut for display, scripts and styles. */
const NOT_PLAIN = 'img, a, script, style';

/**
 * Text as a reader sees it: emoji are `<img alt>`, and a link cut for display keeps its full URL in
 * hidden spans but ends with a visible "…", which is dropped so that the URL reads whole.
 *
 * A subtree with none of those is its textContent, read natively in one call: walking it node by
 * node from the isolated world was a third of the time X's collecting took on the saved profile
 * (CPU profile, tests/bench/overlay-profile.ts). Only the branches that hold one are walked.
 */
export function visibleText(node: Node): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  const tag = el.tagName;
  if (tag === 'IMG') return el.getAttribute('alt') ?? '';
  if (tag === 'SCRIPT' || tag === 'STYLE') return '';
  if (tag !== 'A' && el.querySelector(NOT_PLAIN) === null) return el.textContent ?? '';
  let text = '';
  for (let child = el.firstChild; child; child = child.nextSibling) text += visibleText(child);
  return tag === 'A' ? text.replace(/…$/, '') : text;
}

/** The first match inside `article` that is not part of a post quoted in it. */
export function own(article: Element, selector: string): Element | null {
  for (const el of Array.from(article.querySelectorAll(selector))) {
    const quoted = el.closest(pathOf(X_DOM.quoted));
    if (!quoted || !article.contains(quoted) || quoted === article) return el;
  }
  return null;
}

/** The lower-case path of a link, relative or absolute ("https://x.com/a/status/1" → "/a/status/1"). */
export function linkPath(href: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, X_ORIGIN).pathname.toLowerCase();
  } catch {
    return null;
  }
}

export function isoDate(value: string | undefined): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
