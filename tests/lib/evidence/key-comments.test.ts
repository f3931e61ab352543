import { describe, expect, it } from 'vitest';
import { keyComments, withoutMentions } from '../../../lib/evidence/key-comments';
import { commenterKey } from '../../../lib/evidence/keyed-hash';
import { isGenericComment } from '../../../lib/metrics/generic-comments';
import type { PostPageReading, RawComment } from '../../../lib/platforms/post-types';

const KEY = new Uint8Array(32).fill(7);
const raw = (id: string, authorHandle: string, text: string): RawComment => ({ id, authorHandle, text, publishedAt: null, likes: null, replies: null, byCreator: false, creatorReplied: null, creatorLiked: null });
const reading = (comments: RawComment[]): PostPageReading => ({ platform: 'youtube', postId: 'v1', author: null, post: null, comments, totalComments: null, sources: ['capture:next'] });

describe('keyComments keeps no account by name', () => {
  it('replaces every @mention in the text, as the author is replaced by its keyed hash', () => {
    const sample = keyComments(reading([raw('c1', '@Andre.Farfan-4372', '@a2izzard first! cc @Some_One.x and me@example.com')]), KEY, new Date('2026-01-27T00:00:00Z'))!;
    expect(sample.comments[0]!.text).toBe('@… first! cc @… and me@…');
    expect(sample.comments[0]!.authorKey).toBe(commenterKey(KEY, 'andre.farfan-4372'));
    expect(JSON.stringify(sample)).not.toMatch(/a2izzard|some_one|farfan/i);
  });

  it('leaves what the comment signals read unchanged: a mention-only comment is still generic', () => {
    expect(isGenericComment(withoutMentions('@bob @carol'))).toBe(isGenericComment('@bob @carol'));
    expect(isGenericComment(withoutMentions('@bob this recipe saved my dinner party'))).toBe(false);
    expect(withoutMentions('no mention here 🙂')).toBe('no mention here 🙂');
  });
});
