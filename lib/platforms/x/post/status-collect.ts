/**
 * What the X status-page reader needs of the rendered page, collected as plain strings: the only
 * part of it that runs on the page's own thread, as page-collect.ts is for profiles. The reading
 * (counts, dates, disclosures) runs in the background worker on this extract (status-reading.ts).
 * DOM access only: nothing here parses a count, a date, a URL or JSON, and nothing reaches lib/parse
 * (tests/lib/platforms/x-status-extract.test.ts walks the imports).
 */
import { pathOf, selectAll } from '../../page-select';
import { own, visibleText } from '../dom-text';
import { collectArticle, X_LANG_CHARS, X_TEXT_CHARS, type XArticleExtract } from '../page-collect';
import { X_DOM } from '../paths';
import { X_STATUS_DOM } from './post-paths';

/**
 * Posts collected at most: the focal post is the first X renders unless the status answers another
 * (the posts it replies to come first), and collecting stops at the first post whose permalink
 * names the status. A thread longer than this is not read from the page (its `TweetDetail` still is).
 */
export const X_STATUS_ARTICLES_MAX = 20;

/** A post's author box ("Big Tech Alert" then "@BigTechAlert"): its visible text and whether it shows the verified icon. */
export interface XStatusAuthorExtract {
  text: string;
  verified: boolean;
}

export interface XStatusArticleExtract {
  article: XArticleExtract;
  /** Null when the post shows no author box. */
  author: XStatusAuthorExtract | null;
}

/** What the reader needs of an X status page. Plain JSON: strings, booleans, arrays, objects, null. */
export interface XStatusExtract {
  /** `<html lang>`, the language the page's numbers are written in; '' when none. */
  lang: string;
  /** The posts on screen, in page order, up to the status's own. */
  articles: XStatusArticleExtract[];
}

function authorBox(article: Element): XStatusAuthorExtract | null {
  const box = own(article, pathOf(X_STATUS_DOM.author));
  return box ? { text: visibleText(box).slice(0, X_TEXT_CHARS), verified: box.querySelector(pathOf(X_STATUS_DOM.verified)) !== null } : null;
}

/** `statusId`: the status in the address, whose post ends the collecting (a plain suffix match on the collected permalink). */
export function collectXStatusPage(doc: Document, statusId: string): XStatusExtract {
  const lang = (doc.documentElement?.getAttribute('lang') ?? '').slice(0, X_LANG_CHARS);
  const articles: XStatusArticleExtract[] = [];
  for (const element of selectAll(doc, X_DOM.post)) {
    const article = collectArticle(element);
    articles.push({ article, author: authorBox(element) });
    if (article.href.endsWith(`/status/${statusId}`) || articles.length >= X_STATUS_ARTICLES_MAX) break;
  }
  return { lang, articles };
}
