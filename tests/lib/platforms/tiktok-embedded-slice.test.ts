import { describe, expect, it } from 'vitest';
import { memberObject } from '../../../lib/parse/embedded-json';
import { universalData, universalProfile } from '../../../lib/platforms/tiktok/sources/embedded';
import { fixtureFiles, loadFixtureText, parseHtml, loadExpectation } from './fixture-harness';

/**
 * The TikTok reader parses only the profile's slice of the rehydration JSON. On every saved TikTok
 * page that has the script, what the universal extractor reads from the slice must equal what it
 * reads from the whole parsed text.
 */

const pages = fixtureFiles('tiktok').filter((f) => f.endsWith('.html'));
const universalText = (file: string) => {
  const expected = loadExpectation('tiktok', file);
  return parseHtml(loadFixtureText('tiktok', file), expected.url).querySelector('script#__UNIVERSAL_DATA_FOR_REHYDRATION__')?.textContent ?? null;
};

describe('the rehydration JSON, sliced', () => {
  it.each(pages)('%s: the extractor reads the same from the slice as from the whole', (file) => {
    const text = universalText(file);
    if (text === null) return;
    expect(universalProfile(universalData(text))).toEqual(universalProfile(JSON.parse(text)));
  });

  it('a profile page is read from the slice alone', () => {
    const text = universalText('2025-12_profile_rendered-dom_universal-data_en-ES_illojuan.html')!;
    const data = universalData(text) as Record<string, Record<string, unknown>>;
    expect(Object.keys(data.__DEFAULT_SCOPE__!)).toEqual(['webapp.user-detail']);
    expect(JSON.stringify(data).length).toBeLessThan(text.length / 20);
  });

  it('memberObject: the object under a key, whitespace allowed; nothing for a missing key, a non-object or a broken one', () => {
    expect(memberObject('{"a":{"b":1},"k" : { "x": "}\\"{", "y": [1, {"z": 2}] }}', 'k')).toEqual({ x: '}"{', y: [1, { z: 2 }] });
    expect(memberObject('{"a":1}', 'k')).toBeUndefined();
    expect(memberObject('{"k":[1]}', 'k')).toBeUndefined();
    expect(memberObject('{"k":{"x":1', 'k')).toBeUndefined();
    // A value that merely contains the key's text is skipped for the real key after it.
    expect(memberObject('{"s":"\\"k\\": {}","k":{"ok":true}}', 'k')).toEqual({ ok: true });
  });
});
