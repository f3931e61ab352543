import { describe, expect, it } from 'vitest';
import { MAX_PAGE_DATA_CHARS, PAGE_DATA_CHANNELS, parsePageDataAnswer } from '../../../lib/capture/page-data-message';

describe('page data from the page-world script', () => {
  it('has its own request and answer event types per kind: a profile script never takes a post page’s data, nor the other way round', () => {
    const types = [PAGE_DATA_CHANNELS.profile.request, PAGE_DATA_CHANNELS.profile.answer, PAGE_DATA_CHANNELS.post.request, PAGE_DATA_CHANNELS.post.answer];
    expect(new Set(types).size).toBe(4);
  });

  it('takes JSON text as it is, refuses what is not text, and passes "the page has none" on as null', () => {
    expect(parsePageDataAnswer('{"header":{}}')).toEqual({ text: '{"header":{}}' });
    expect(parsePageDataAnswer(null)).toEqual({ text: null });
    const bad = [undefined, {}, [], 42, { text: '{}' }, 'x'.repeat(MAX_PAGE_DATA_CHARS + 1)];
    for (const detail of bad) expect(parsePageDataAnswer(detail)).toBeNull();
  });
});
