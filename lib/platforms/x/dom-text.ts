/** Reading X's rendered DOM: text as a person sees it, and what belongs to a post rather than to a post it quotes. */
import { X_DOM, X_ORIGIN } from './paths';
import { pathOf } from '../page-select';

/**
 * Text as a reader sees it: emoji are `<img alt>`, and a link cut for display keeps its full URL in
 * hidden spans but ends with a visible "…", which is dropped so that the URL reads whole.
 */
export function visibleText(node: Node): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  if (el.tagName === 'IMG') return el.getAttribute('alt') ?? '';
  if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE') return '';
  let text = '';
  for (const child of Array.from(el.childNodes)) text += visibleText(child);
  return el.tagName === 'A' ? text.replace(/…$/, '') : text;
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
