/**
 * Comment-quality check (methodology §3.3, HypeAuditor comments doc; Tagger
 * https://support.taggermedia.com/support/solutions/articles/16000094729-how-to-determine-authentic-followers):
 * emoji-only, mention-only and stock phrases ("nice pic", "wow") are what bots and pods leave.
 * Profile pages rarely show comment text, so the signal is usually unknown; this runs when a
 * post page or a captured API response gives the text.
 */
const GENERIC_PHRASES = new Set([
  'wow', 'nice', 'nice pic', 'nice post', 'nice photo', 'nice one', 'cool', 'great', 'great post', 'great pic',
  'awesome', 'amazing', 'beautiful', 'lovely', 'love it', 'love this', 'so cute', 'cute', 'perfect', 'gorgeous',
  'stunning', 'super', 'fire', 'lit', 'omg', 'yes', 'wow amazing', 'great content', 'love your feed',
  'keep it up', 'good job', 'so good', 'nice shot', 'great shot', 'dm me', 'check dm', 'check your dm',
]);

/** Text left after removing mentions, emoji, punctuation and case. */
export function normaliseComment(comment: string): string {
  return comment
    .toLowerCase()
    .replace(/@[\p{L}\p{N}._]+/gu, ' ')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function isGenericComment(comment: string): boolean {
  const text = normaliseComment(comment);
  // Nothing but emoji, punctuation or @mentions.
  if (text === '') return true;
  // "nice!!!", "wooow" → collapse repeated letters before the lookup.
  return GENERIC_PHRASES.has(text) || GENERIC_PHRASES.has(text.replace(/(\p{L})\1{2,}/gu, '$1'));
}

/** Share of comments that are generic; null for no comments. */
export function genericCommentShare(comments: readonly string[]): number | null {
  if (comments.length === 0) return null;
  let generic = 0;
  for (const c of comments) if (isGenericComment(c)) generic++;
  return generic / comments.length;
}
