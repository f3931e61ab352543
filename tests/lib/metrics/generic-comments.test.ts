import { describe, expect, it } from 'vitest';
import { genericCommentShare, isGenericComment } from '../../../lib/metrics/generic-comments';

describe('isGenericComment', () => {
  it.each([
    ['😍😍😍', true],
    ['@friend @other', true],
    ['Nice pic!!', true],
    ['Niiiice', true],
    ['WOW', true],
    ['Where did you buy those boots?', false],
    ['nice boots, what size are they?', false],
  ])('%j → %s', (comment, expected) => {
    expect(isGenericComment(comment)).toBe(expected);
  });

  it('gives the share, or null for no comments', () => {
    expect(genericCommentShare([])).toBeNull();
    expect(genericCommentShare(['🔥', 'what lens is this?', 'great', 'so helpful, saved it'])).toBe(0.5); // 2 of 4
  });
});
