import { describe, expect, it } from 'vitest';
import { readStatusGroupLabel } from '../../../lib/platforms/x/sources/timeline';

const NONE = { replies: null, reposts: null, likes: null, bookmarks: null, views: null };

describe('X post group label with garbage numbers', () => {
  it('reads no count out of "1e400", "-5", "12abc" or "NaN" (it used to read 400, 5 and 0)', () => {
    expect(readStatusGroupLabel('1e400 replies, NaN reposts, -5 likes, 12abc bookmarks, 1000000000000000 views')).toEqual(NONE);
  });

  it('distrusts the whole label when one named count is unreadable, instead of inventing 0 for it', () => {
    expect(readStatusGroupLabel('46 replies, NaN reposts, 939 likes')).toEqual(NONE);
    expect(readStatusGroupLabel('46 replies, −73 reposts, 939 likes')).toEqual(NONE);
  });

  it('still reads a clean label, and counts it leaves out as 0', () => {
    expect(readStatusGroupLabel('46 replies, 939 likes, 241030 views')).toEqual({ replies: 46, reposts: 0, likes: 939, bookmarks: 0, views: 241030 });
  });
});
