/**
 * The X status page read from what the content script collected of it (status-collect.ts), in
 * the background worker: the focal post's counts, date and disclosure, and its author.
 */
import { capText } from '../../../contracts/caps';
import { pathOf } from '../../page-path';
import type { PostAuthor, PostReadResult } from '../../post-types';
import { X_DOM } from '../paths';
import { readArticleExtract } from '../sources/timeline';
import type { XStatusAuthorExtract, XStatusExtract } from './status-collect';
import { xStatusOf } from './post-url';

/** The author box of the focal post (not of a post it quotes): "Big Tech Alert" then "@BigTechAlert". */
function authorOf(box: XStatusAuthorExtract | null, handle: string): PostAuthor {
  const text = box?.text ?? '';
  const at = text.indexOf('@');
  return {
    handle,
    displayName: capText(at > 0 ? text.slice(0, at) : '', 200) || null,
    followers: null,
    verified: box ? box.verified : null,
  };
}

export function readXStatusExtract(extract: XStatusExtract, url: URL): PostReadResult {
  const status = xStatusOf(url);
  if (!status) return { ok: false, reason: 'not-post', tried: ['url'] };
  const tried = [`dom:${pathOf(X_DOM.post)}`];
  try {
    const locale = extract.lang || undefined;
    // The focal post and any posts rendered before it (the ones it replies to); only the focal one is the creator's post.
    for (const { article, author } of extract.articles) {
      const post = readArticleExtract(article, status.handle, locale);
      if (post?.id !== status.id) continue;
      return { ok: true, platform: 'x', postId: post.id, author: authorOf(author, status.handle), post, comments: [], totalComments: post.comments, sources: ['dom:article[data-testid=tweet]'] };
    }
    return { ok: false, reason: 'unsupported-layout', tried };
  } catch {
    return { ok: false, reason: 'unsupported-layout', tried };
  }
}
