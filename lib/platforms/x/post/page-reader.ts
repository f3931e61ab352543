/**
 * X post page reader: a status page (`/<user>/status/<id>`) from its rendered focal post (the action
 * bar's exact aria-label). What the content script carries: the `TweetDetail` answer the page fetches
 * is read in the background (./reader.ts).
 */
import { capText } from '../../../contracts/caps';
import type { PostAuthor, PostPageReader } from '../../post-types';
import { pathOf, selectAll } from '../../page-path';
import { own, visibleText } from '../dom-text';
import { X_DOM } from '../paths';
import { readArticle } from '../sources/timeline';
import { X_STATUS_DOM } from './post-paths';
import { xStatusOf } from './post-url';

/** The author box of the focal post (not of a post it quotes): "Big Tech Alert" then "@BigTechAlert". */
function authorOf(article: Element, handle: string): PostAuthor {
  const box = own(article, pathOf(X_STATUS_DOM.author));
  const text = box ? visibleText(box) : '';
  const at = text.indexOf('@');
  return {
    handle,
    displayName: capText(at > 0 ? text.slice(0, at) : '', 200) || null,
    followers: null,
    verified: box ? box.querySelector(pathOf(X_STATUS_DOM.verified)) !== null : null,
  };
}

/** The post page itself: what the content script carries. */
export const xPostPageReader: PostPageReader = {
  platform: 'x',
  postIdOf: (url) => xStatusOf(url)?.id ?? null,

  readPostPage(doc, url) {
    const status = xStatusOf(url);
    if (!status) return { ok: false, reason: 'not-post', tried: ['url'] };
    const tried = [`dom:${pathOf(X_DOM.post)}`];
    try {
      const locale = doc.documentElement?.getAttribute('lang') || undefined;
      // The focal post and any replies rendered under it; only the focal one is the creator's post.
      for (const article of selectAll(doc, X_DOM.post)) {
        const post = readArticle(article, status.handle, locale);
        if (post?.id !== status.id) continue;
        return { ok: true, platform: 'x', postId: post.id, author: authorOf(article, status.handle), post, comments: [], totalComments: post.comments, sources: ['dom:article[data-testid=tweet]'] };
      }
      return { ok: false, reason: 'unsupported-layout', tried };
    } catch {
      return { ok: false, reason: 'unsupported-layout', tried };
    }
  },
};
