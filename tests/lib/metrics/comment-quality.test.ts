import { describe, expect, it } from 'vitest';
import type { Comment, CommentSample, CreatorEvidence } from '../../../lib/contracts/evidence';
import { CreatorEvidenceSchema } from '../../../lib/contracts/evidence';
import { commenterKey } from '../../../lib/evidence/keyed-hash';
import {
  COMMENT_SAMPLE_MIN,
  commentQuality,
  CONCENTRATION_SHARE,
  GENERIC_SHARE,
  REPEATED_SHARE,
} from '../../../lib/metrics/comment-quality';

const KEY = new Uint8Array(32).fill(7);
const READ_AT = '2026-11-30T12:00:00.000Z';

interface Spec {
  author: string;
  text: string;
  byCreator?: boolean;
  creatorReplied?: boolean | null;
}

function comment(postId: string, i: number, spec: Spec): Comment {
  return {
    id: `${postId}-c${i}`,
    authorKey: commenterKey(KEY, spec.author),
    text: spec.text,
    publishedAt: null,
    likes: null,
    replies: null,
    byCreator: spec.byCreator ?? false,
    creatorReplied: spec.creatorReplied ?? null,
    creatorLiked: null,
  };
}

function evidence(posts: Spec[][]): CreatorEvidence {
  const samples: CommentSample[] = posts.map((specs, p) => ({
    postId: `post${p}`,
    totalComments: specs.length,
    comments: specs.map((spec, i) => comment(`post${p}`, i, spec)),
    readAt: READ_AT,
    sources: ['test'],
  }));
  // Built through the stored contract, so the tests feed what the database would hold.
  return CreatorEvidenceSchema.parse({ version: 1, key: 'instagram:ana', platform: 'instagram', handle: 'ana', posts: [], samples, updatedAt: READ_AT });
}

/** Distinct, specific comments by distinct people: what a real audience writes. */
function real(post: number, n: number, from = 0): Spec[] {
  return Array.from({ length: n }, (_, i) => ({ author: `fan_${post}_${from + i}`, text: `Question ${from + i} about post ${post}: where did you find the ${['jacket', 'lamp', 'recipe', 'trail'][i % 4]}?` }));
}

const signal = (e: CreatorEvidence | null, id: string) => commentQuality(e).signals.find((s) => s.id === id)!;

describe('comment quality: the sample must be big enough', () => {
  it('is unknown for every signal with no post page read', () => {
    const q = commentQuality(null);
    expect(q.sampled).toBe(0);
    expect(q.signals.map((s) => s.level)).toEqual(['unknown', 'unknown', 'unknown', 'unknown']);
    expect(q.signals[0]!.message).toMatch(/open a few of the creator's posts/i);
  });

  it(`stays unknown under ${COMMENT_SAMPLE_MIN.comments} comments or under ${COMMENT_SAMPLE_MIN.posts} posts, and says how many were read`, () => {
    // 29 comments on 3 posts: one short.
    const few = evidence([real(0, 10), real(1, 10), real(2, 9)]);
    expect(signal(few, 'generic-comments').level).toBe('unknown');
    expect(signal(few, 'generic-comments').message).toContain('29 read from 3 posts');
    // 60 comments, but on 2 posts.
    const twoPosts = evidence([real(0, 30), real(1, 30)]);
    expect(signal(twoPosts, 'repeated-comments').level).toBe('unknown');
    // 30 on 3 posts: measured.
    const enough = evidence([real(0, 10), real(1, 10), real(2, 10)]);
    expect(signal(enough, 'generic-comments').level).toBe('ok');
    expect(signal(enough, 'repeated-comments').level).toBe('ok');
    expect(signal(enough, 'commenter-concentration').level).toBe('ok');
  });

  it("leaves the creator's own comments out of the sample", () => {
    const own = Array.from({ length: 20 }, () => ({ author: 'ana', text: '❤️', byCreator: true }) satisfies Spec).map((s, i) => ({ ...s, text: `${s.text}${'!'.repeat(i)}` }));
    const q = commentQuality(evidence([[...real(0, 10), ...own], real(1, 10), real(2, 10)]));
    expect(q.sampled).toBe(30);
    expect(q.signals.find((s) => s.id === 'generic-comments')!.value).toBe(0);
  });
});

describe('generic comments', () => {
  const stock = ['🔥🔥🔥', 'Nice pic!', 'wooow', '@someone', 'love it', 'Amazing!!'];
  const generic = (post: number, n: number): Spec[] => Array.from({ length: n }, (_, i) => ({ author: `bot_${post}_${i}`, text: stock[i % stock.length]! }));

  it.each([
    // generic per post of 10, expected level, expected share
    [1, 'ok', 0.1],
    [3, 'warn', 0.3],
    [5, 'risk', 0.5],
  ] as const)('%i in 10 generic on each of 3 posts → %s', (n, level, share) => {
    const e = evidence([0, 1, 2].map((p) => [...generic(p, n), ...real(p, 10 - n)]));
    const s = signal(e, 'generic-comments');
    expect(s.level).toBe(level);
    expect(s.value).toBeCloseTo(share, 12);
    expect(s.threshold).toBe(level === 'risk' ? GENERIC_SHARE.risk : GENERIC_SHARE.warn);
    // The message quotes examples as plain text.
    expect(s.message).toContain('“🔥🔥🔥”');
  });
});

describe('repeated comments', () => {
  it('flags the same sentence under several posts and quotes it', () => {
    const paste = 'Great content, check my profile for collabs';
    // 3 of 10 on each post are the same pasted sentence: 9 of 30 = 30 % ≥ 25 %.
    const e = evidence([0, 1, 2].map((p) => [...Array.from({ length: 3 }, (_, i) => ({ author: `pod_${p}_${i}`, text: paste })), ...real(p, 7)]));
    const s = signal(e, 'repeated-comments');
    expect(s.level).toBe('risk');
    expect(s.value).toBeCloseTo(0.3, 12);
    expect(s.threshold).toBe(REPEATED_SHARE.risk);
    expect(s.message).toContain(`“${paste}”`);
  });

  it('does not count short phrases or one post repeating itself', () => {
    // "so cute" everywhere is the generic check's business; a sentence repeated under one post only is a thread.
    const e = evidence([
      [...Array.from({ length: 5 }, (_, i) => ({ author: `a${i}`, text: 'so cute' })), ...Array.from({ length: 5 }, (_, i) => ({ author: `b${i}`, text: 'Happy birthday to your sister!!' }))],
      real(1, 10),
      real(2, 10),
    ]);
    expect(signal(e, 'repeated-comments').level).toBe('ok');
    expect(signal(e, 'repeated-comments').value).toBe(0);
  });
});

describe('commenter concentration', () => {
  const pod = (post: number, members: number): Spec[] => Array.from({ length: members }, (_, i) => ({ author: `member_${i}`, text: `Member ${i} on post ${post}: this is such a vibe, love the colours here` }));

  it('flags a circle of accounts that comment on nearly every post', () => {
    // 6 members on each of 4 posts, 4 other comments each: 24 of 40 = 60 % by regulars.
    const e = evidence([0, 1, 2, 3].map((p) => [...pod(p, 6), ...real(p, 4)]));
    const s = signal(e, 'commenter-concentration');
    expect(s.level).toBe('risk');
    expect(s.value).toBeCloseTo(0.6, 12);
    expect(s.threshold).toBe(CONCENTRATION_SHARE.risk);
    expect(s.message).toContain('6 accounts commented on at least 4 of the 4 posts');
  });

  it('keeps one or two super-fans at a warning at most', () => {
    // 2 fans on each of 5 posts writing 4 comments between them, 2 other comments each: 20 of 30 by regulars.
    const fans = (post: number): Spec[] => [0, 1, 0, 1].map((f, i) => ({ author: `superfan_${f}`, text: `Fan ${f} comment ${i} on ${post}, I always watch these the day they drop` }));
    const e = evidence([0, 1, 2, 3, 4].map((p) => [...fans(p), ...real(p, 2)]));
    const s = signal(e, 'commenter-concentration');
    expect(s.value).toBeCloseTo(20 / 30, 12);
    expect(s.value!).toBeGreaterThanOrEqual(CONCENTRATION_SHARE.risk);
    expect(s.level).toBe('warn');
    expect(s.message).toContain('2 accounts');
  });

  it('does not mistake different people for the same account', () => {
    const e = evidence([0, 1, 2].map((p) => real(p, 12)));
    expect(signal(e, 'commenter-concentration').value).toBe(0);
  });
});

describe('creator reply rate', () => {
  it('is shown as a plain fact, never a warning, from the comments that say whether the creator answered', () => {
    const answered = (post: number): Spec[] => real(post, 10).map((s, i) => ({ ...s, creatorReplied: i < 4 }));
    const e = evidence([0, 1, 2].map(answered));
    const s = signal(e, 'creator-reply-rate');
    expect(s.level).toBe('ok');
    expect(s.value).toBeCloseTo(0.4, 12);
    expect(s.message).toBe('The creator answered 40% of 30 comments on 3 posts.');
  });

  it('is unknown when the responses do not say', () => {
    const e = evidence([0, 1, 2].map((p) => real(p, 10)));
    expect(signal(e, 'creator-reply-rate').level).toBe('unknown');
    expect(signal(e, 'creator-reply-rate').message).toMatch(/do not say whether the creator answered/);
  });
});
