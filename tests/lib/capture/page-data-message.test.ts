import { describe, expect, it } from 'vitest';
import { MAX_PAGE_DATA_CHARS, PAGE_DATA_CHANNELS, parsePageDataMessage } from '../../../lib/capture/page-data-message';

describe('page data from the page-world script', () => {
  it('takes an answer only on its own channel: a profile script never takes a post page’s data, nor the other way round', () => {
    const post = { source: PAGE_DATA_CHANNELS.post.answer, v: 2, text: '{"videoId":"abc"}' };
    const profile = { source: PAGE_DATA_CHANNELS.profile.answer, v: 2, text: '{"header":{}}' };
    expect(parsePageDataMessage('post', post)).toEqual({ text: '{"videoId":"abc"}' });
    expect(parsePageDataMessage('profile', post)).toBeNull();
    expect(parsePageDataMessage('profile', profile)).toEqual({ text: '{"header":{}}' });
    expect(parsePageDataMessage('post', profile)).toBeNull();
  });

  it('refuses what is not the shape, and passes "the page has none" on as null', () => {
    const answer = PAGE_DATA_CHANNELS.profile.answer;
    expect(parsePageDataMessage('profile', { source: answer, v: 2, text: null })).toEqual({ text: null });
    const bad = [
      null,
      'x',
      [],
      { source: answer, v: 1, data: {} },
      { source: answer, v: 2, text: {} },
      { source: answer, v: 2, text: 42 },
      { source: answer, v: 2, text: 'x'.repeat(MAX_PAGE_DATA_CHARS + 1) },
      { source: PAGE_DATA_CHANNELS.profile.request, v: 2, text: '{}' },
    ];
    for (const message of bad) expect(parsePageDataMessage('profile', message)).toBeNull();
  });
});
