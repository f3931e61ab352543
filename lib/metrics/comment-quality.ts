/**
 * Comment-quality signals from the comments a creator's post pages showed (methodology §3.3:
 * HypeAuditor's comments doc; Tagger, https://support.taggermedia.com/support/solutions/articles/16000094729-how-to-determine-authentic-followers).
 * Commenters arrive only as keyed hashes: enough to see the same account on every post, never who
 * it is. Every signal stays `unknown` until the sample is big enough to mean something.
 */
import { capText } from '../contracts/caps';
import type { Comment, CreatorEvidence } from '../contracts/evidence';
import type { Signal, SignalId, SignalLevel } from '../contracts/report';
import { isGenericComment, normaliseComment } from './generic-comments';
import { formatCount, formatPercent } from '../format/format';

/** Below this, a share of generic or repeated comments is noise: one chatty thread can swing it. */
export const COMMENT_SAMPLE_MIN = { comments: 30, posts: 3 } as const;

/**
 * HypeAuditor treats 1–3 generic comments in 20 (5–15 %) as normal and half as the alarm level;
 * a quarter is where we start to warn.
 */
export const GENERIC_SHARE = { warn: 0.25, risk: 0.5 } as const;
/** The same sentence under several posts is what pods and comment bots leave; real fans vary. */
export const REPEATED_SHARE = { warn: 0.1, risk: 0.25 } as const;
/** Text shorter than this ("so cool") repeats by chance and is the generic check's business. */
export const REPEATED_MIN_LENGTH = 12;
/** Accounts on this share of the sampled posts or more are "regulars" (HypeAuditor: pods comment on every post). */
export const REGULAR_POST_SHARE = 0.8;
/** Share of all comments written by regulars: above these, a small group carries the comments. */
export const CONCENTRATION_SHARE = { warn: 0.3, risk: 0.5 } as const;
/** Comments shown as examples in a signal's message: plain text, each capped. */
export const EXAMPLE_MAX = 3;
const EXAMPLE_CHARS = 80;
const MESSAGE_MAX = 1_000;

/** The signals that need comment text; all unknown until a post page was read. */
export const COMMENT_SIGNAL_IDS: ReadonlySet<SignalId> = new Set<SignalId>(['generic-comments', 'repeated-comments', 'commenter-concentration', 'creator-reply-rate']);

/**
 * The signals a "how much was checked" rule should count: the comment checks only once one of them
 * could run. Until the user opens a post they are a next step, not a gap in the profile reading.
 */
export function checkableSignals<S extends { id: SignalId; level: SignalLevel }>(signals: readonly S[]): S[] {
  const comment = signals.filter((s) => COMMENT_SIGNAL_IDS.has(s.id));
  return comment.length > 0 && comment.every((s) => s.level === 'unknown') ? signals.filter((s) => !COMMENT_SIGNAL_IDS.has(s.id)) : [...signals];
}

export interface CommentQuality {
  /** Comments by others than the creator, across all posts read. */
  sampled: number;
  /** Posts those comments came from. */
  posts: number;
  signals: Signal[];
}

function signal(id: SignalId, level: SignalLevel, value: number | null, threshold: number | null, message: string): Signal {
  return { id, level, value, threshold, message: capText(message, MESSAGE_MAX) };
}

function quote(texts: readonly string[]): string {
  const shown = texts.slice(0, EXAMPLE_MAX).map((t) => `“${capText(t.replace(/\s+/g, ' ').trim(), EXAMPLE_CHARS)}”`);
  return shown.length ? ` e.g. ${shown.join(', ')}` : '';
}

function levelOf(value: number, limits: { warn: number; risk: number }): Exclude<SignalLevel, 'unknown'> {
  return value >= limits.risk ? 'risk' : value >= limits.warn ? 'warn' : 'ok';
}

interface Sampled {
  postId: string;
  comment: Comment;
}

function tooFew(id: SignalId, sampled: number, posts: number): Signal | null {
  if (sampled >= COMMENT_SAMPLE_MIN.comments && posts >= COMMENT_SAMPLE_MIN.posts) return null;
  return signal(
    id,
    'unknown',
    null,
    null,
    sampled === 0
      ? 'Not checked: open a few of the creator\'s posts and Vetted reads the comments they show.'
      : `Not checked: needs at least ${COMMENT_SAMPLE_MIN.comments} comments from ${COMMENT_SAMPLE_MIN.posts} posts (${formatCount(sampled)} read from ${posts} ${posts === 1 ? 'post' : 'posts'}).`,
  );
}

export function genericCommentsSignal(all: readonly Sampled[], posts: number): Signal {
  const id = 'generic-comments';
  const missing = tooFew(id, all.length, posts);
  if (missing) return missing;
  const generic = all.filter((s) => isGenericComment(s.comment.text));
  const share = generic.length / all.length;
  const level = levelOf(share, GENERIC_SHARE);
  const text = `${formatPercent(share)} of ${formatCount(all.length)} comments on ${posts} posts are emoji-only, mention-only or stock phrases${quote(generic.map((s) => s.comment.text))}`;
  const tail = level === 'risk' ? ' — typical of bots and engagement pods.' : level === 'warn' ? ' — more than the 5–15 % that is normal.' : '.';
  return signal(id, level, share, level === 'ok' ? GENERIC_SHARE.warn : GENERIC_SHARE[level], `${text}${tail}`);
}

export function repeatedCommentsSignal(all: readonly Sampled[], posts: number): Signal {
  const id = 'repeated-comments';
  const missing = tooFew(id, all.length, posts);
  if (missing) return missing;
  const postsByText = new Map<string, Set<string>>();
  const examples = new Map<string, string>();
  const normalised = all.map((s) => normaliseComment(s.comment.text));
  for (const [i, { postId, comment }] of all.entries()) {
    const text = normalised[i]!;
    if (text.length < REPEATED_MIN_LENGTH) continue;
    postsByText.set(text, (postsByText.get(text) ?? new Set()).add(postId));
    if (!examples.has(text)) examples.set(text, comment.text);
  }
  const repeatedTexts = new Set([...postsByText].filter(([, on]) => on.size >= 2).map(([text]) => text));
  const repeated = normalised.filter((text) => repeatedTexts.has(text)).length;
  const share = repeated / all.length;
  const level = levelOf(share, REPEATED_SHARE);
  const text = repeated === 0
    ? `No comment of ${REPEATED_MIN_LENGTH}+ characters appears under two of the ${posts} posts read`
    : `${formatPercent(share)} of ${formatCount(all.length)} comments repeat word for word under other posts${quote([...repeatedTexts].map((t) => examples.get(t)!))}`;
  const tail = level === 'risk' ? ' — copy-paste comments are what pods and comment bots leave.' : level === 'warn' ? ' — more copy-paste than real audiences write.' : '.';
  return signal(id, level, share, level === 'ok' ? REPEATED_SHARE.warn : REPEATED_SHARE[level], `${text}${tail}`);
}

export function commenterConcentrationSignal(all: readonly Sampled[], posts: number): Signal {
  const id = 'commenter-concentration';
  const missing = tooFew(id, all.length, posts);
  if (missing) return missing;
  const postsByAuthor = new Map<string, Set<string>>();
  for (const { postId, comment } of all) postsByAuthor.set(comment.authorKey, (postsByAuthor.get(comment.authorKey) ?? new Set()).add(postId));
  const needed = Math.max(2, Math.ceil(REGULAR_POST_SHARE * posts));
  const regulars = new Set([...postsByAuthor].filter(([, on]) => on.size >= needed).map(([author]) => author));
  const byRegulars = all.filter((s) => regulars.has(s.comment.authorKey)).length;
  const share = byRegulars / all.length;
  // One or two super-fans are not a pod: without three regulars the worst it gets is a warning.
  const measured = levelOf(share, CONCENTRATION_SHARE);
  const level = regulars.size < 3 && measured === 'risk' ? 'warn' : measured;
  const text = `${regulars.size} ${regulars.size === 1 ? 'account' : 'accounts'} commented on at least ${needed} of the ${posts} posts read and wrote ${formatPercent(share)} of ${formatCount(all.length)} comments`;
  const tail = level === 'risk' ? ' — a small circle on every post is how engagement pods look.' : level === 'warn' ? ' — a few accounts carry much of the conversation.' : '.';
  return signal(id, level, share, level === 'ok' ? CONCENTRATION_SHARE.warn : CONCENTRATION_SHARE[level], `${text}${tail}`);
}

/**
 * How often the creator answers: a fact for the marketer (community managers value it), not a
 * sign of fraud, so it never moves the authenticity score (weight 0) and is never a warning.
 */
export function creatorReplyRateSignal(all: readonly Sampled[], posts: number): Signal {
  const id = 'creator-reply-rate';
  const known = all.filter((s) => s.comment.creatorReplied !== null);
  if (known.length < COMMENT_SAMPLE_MIN.comments || posts < COMMENT_SAMPLE_MIN.posts) {
    return signal(id, 'unknown', null, null, known.length === 0 && all.length > 0
      ? 'Not checked: the comments read do not say whether the creator answered.'
      : `Not checked: needs at least ${COMMENT_SAMPLE_MIN.comments} comments from ${COMMENT_SAMPLE_MIN.posts} posts that show replies (${formatCount(known.length)} read).`);
  }
  const answered = known.filter((s) => s.comment.creatorReplied === true).length;
  const share = answered / known.length;
  return signal(id, 'ok', share, null, `The creator answered ${formatPercent(share)} of ${formatCount(known.length)} comments on ${posts} posts.`);
}

/** Every comment-quality signal from one creator's evidence (null: no post page read yet). */
export function commentQuality(evidence: CreatorEvidence | null): CommentQuality {
  const all: Sampled[] = [];
  const postIds = new Set<string>();
  for (const sample of evidence?.samples ?? []) {
    const others = sample.comments.filter((c) => !c.byCreator);
    if (others.length > 0) postIds.add(sample.postId);
    for (const comment of others) all.push({ postId: sample.postId, comment });
  }
  const posts = postIds.size;
  return {
    sampled: all.length,
    posts,
    signals: [genericCommentsSignal(all, posts), repeatedCommentsSignal(all, posts), commenterConcentrationSignal(all, posts), creatorReplyRateSignal(all, posts)],
  };
}
