import { describe, expect, it } from 'vitest';
import { keywordMatcher, keywordMatchers } from '../../../lib/metrics/keyword-match';

describe('keywordMatcher', () => {
  it.each([
    ['yoga', 'Yoga teacher in Berlin', true],
    ['yoga', '#yoga #vegan', true],
    ['fit', 'fitness coach', false], // whole words only
    ['glossier', 'glossier_fan account', false], // "_" is part of a handle
    ['@glossier', 'Loving my new Glossier balm', true], // handle matches the name
    ['Glossier', 'thanks @glossier!', true], // name matches the handle
    ['#vegan', 'vegan recipes', true],
    ['the ordinary', 'The   Ordinary serum', true], // any run of spaces
    ['c++', 'learning C++ daily', true], // regex characters are literal
    ['café', 'best café in town', true],
    ['caf', 'best café in town', false], // accented letters are word characters
    ['the.ordinary', 'the ordinary', false],
  ])('%s in %j → %s', (keyword, text, expected) => {
    expect(keywordMatcher(keyword)!.test(text)).toBe(expected);
  });

  it('skips empty terms', () => {
    expect(keywordMatcher('  @ ')).toBeNull();
    expect(keywordMatchers(['', 'yoga', '#']).map((m) => m.keyword)).toEqual(['yoga']);
  });
});
