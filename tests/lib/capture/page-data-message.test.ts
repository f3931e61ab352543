import { describe, expect, it } from 'vitest';
import { PAGE_DATA_CHANNELS, parsePageDataMessage } from '../../../lib/capture/page-data-message';

describe('page data from the page-world script', () => {
  it('takes an answer only on its own channel: a profile script never takes a post page’s data, nor the other way round', () => {
    const post = { source: PAGE_DATA_CHANNELS.post.answer, v: 1, data: { videoId: 'abc' } };
    const profile = { source: PAGE_DATA_CHANNELS.profile.answer, v: 1, data: { header: {} } };
    expect(parsePageDataMessage('post', post)).toEqual({ data: { videoId: 'abc' } });
    expect(parsePageDataMessage('profile', post)).toBeNull();
    expect(parsePageDataMessage('profile', profile)).toEqual({ data: { header: {} } });
    expect(parsePageDataMessage('post', profile)).toBeNull();
  });

  it('refuses what is not the shape, and passes "the page has none" on as null', () => {
    const answer = PAGE_DATA_CHANNELS.profile.answer;
    expect(parsePageDataMessage('profile', { source: answer, v: 1, data: null })).toEqual({ data: null });
    for (const bad of [null, 'x', [], { source: answer, v: 2, data: {} }, { source: answer, v: 1, data: [] }, { source: answer, v: 1, data: 'text' }, { source: PAGE_DATA_CHANNELS.profile.request, v: 1, data: {} }]) {
      expect(parsePageDataMessage('profile', bad)).toBeNull();
    }
  });
});
