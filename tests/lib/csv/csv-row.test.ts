import { describe, expect, test } from 'vitest';
import { missingKeyColumns, readCsvRow } from '../../../lib/csv/csv-row';

function read(cells: Record<string, string>, row = 14) {
  return readCsvRow({ row, cells: new Map(Object.entries(cells)) });
}

describe('readCsvRow', () => {
  test('reads our own columns into creator, figure and user fields', () => {
    const result = read({
      platform: 'Instagram',
      handle: '@Ana.Cocina',
      display_name: "'=cmd",
      followers: '1,250,000',
      verified: 'TRUE',
      engagement_rate: '0.0257',
      sponsored_share: '12.5%',
      tags: 'food; spain;  ; Food',
      emails: 'Ana@Example.com; b@example.org',
      links: 'https://a.example/x; linktr.ee/ana',
      status: 'Contacted',
      notes: "'-5 stars\nsecond line ",
      first_saved_at: '2026-01-10T09:31:00+01:00',
      updated_at: '',
    });
    expect(result).toEqual({
      ok: true,
      row: {
        row: 14,
        key: 'instagram:ana.cocina',
        platform: 'instagram',
        handle: 'ana.cocina',
        creator: {
          displayName: '=cmd',
          followers: 1_250_000,
          verified: true,
          emails: ['ana@example.com', 'b@example.org'],
          links: ['https://a.example/x', 'https://linktr.ee/ana'],
        },
        figures: { engagementRate: 0.0257, sponsoredShare: 0.125 },
        user: { status: 'contacted', tags: ['food', 'spain'], notes: '-5 stars\nsecond line ' },
        firstSavedAt: '2026-01-10T08:31:00.000Z',
      },
    });
  });

  test('a present but empty column clears the field; an absent one is left out', () => {
    const result = read({ platform: 'x', handle: 'bob', followers: '', tags: '', promo_code: '' });
    expect(result).toMatchObject({ ok: true, row: { creator: { followers: null }, user: { tags: [], promoCode: null } } });
    expect(result.ok && 'following' in result.row.creator).toBe(false);
  });

  test('finds the creator from profile_url alone', () => {
    expect(read({ profile_url: 'https://www.tiktok.com/@dani.runs' })).toMatchObject({
      ok: true,
      row: { key: 'tiktok:dani.runs', creator: { profileUrl: 'https://www.tiktok.com/@dani.runs' } },
    });
    expect(read({ profile_url: 'https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv' })).toEqual({
      ok: false,
      errors: ['row 14: profile_url has no handle in it (a YouTube /channel/ address): add platform and handle columns'],
    });
    expect(read({ profile_url: 'https://example.com/ana' })).toMatchObject({ ok: false });
  });

  test('reports every problem of the row, numbered as in the spreadsheet', () => {
    expect(read({ platform: 'instagram', handle: 'ana', followers: '12k', verified: 'maybe', status: 'hired', first_saved_at: 'yesterday', engagement_rate: '-0.1' }, 14)).toEqual({
      ok: false,
      errors: [
        'row 14: followers is not a number',
        'row 14: verified is not true or false',
        'row 14: engagement_rate is not a number',
        'row 14: status must be one of shortlisted, contacted, negotiating, signed, declined',
        'row 14: first_saved_at is not a date (expected like 2026-03-05T14:00:00Z)',
      ],
    });
    expect(read({ platform: 'myspace', handle: 'ana' })).toEqual({ ok: false, errors: ['row 14: platform must be one of instagram, tiktok, youtube, x'] });
    expect(read({ platform: 'twitter', handle: 'has space' })).toEqual({ ok: false, errors: ['row 14: handle is not a valid handle'] });
    expect(read({ platform: 'x', handle: 'a', emails: 'not-an-email', links: 'javascript:alert(1)' })).toMatchObject({ ok: false, errors: [expect.stringContaining('emails'), expect.stringContaining('links')] });
    expect(read({ platform: 'x', handle: 'a', followers: '1000000000000' })).toEqual({ ok: false, errors: ['row 14: followers is too large'] });
  });

  test('a sheet must have profile_url, or platform and handle', () => {
    expect(missingKeyColumns(['profile_url'])).toBeNull();
    expect(missingKeyColumns(['platform', 'handle', 'notes'])).toBeNull();
    expect(missingKeyColumns(['handle', 'notes'])).toBe('The file needs a profile_url column, or platform and handle columns.');
  });

  test('profile_url must be the profile of the row\'s platform and handle', () => {
    expect(read({ platform: 'instagram', handle: 'ana', profile_url: 'https://evil.example/login' })).toEqual({
      ok: false,
      errors: ['row 14: profile_url is not the instagram profile of ana'],
    });
    expect(read({ platform: 'instagram', handle: 'ana', profile_url: 'https://www.instagram.com/bob/' })).toMatchObject({ ok: false });
    expect(read({ platform: 'x', handle: 'ana', profile_url: 'https://www.instagram.com/ana/' })).toMatchObject({ ok: false });
    expect(read({ platform: 'instagram', handle: 'ana', profile_url: 'https://www.instagram.com/Ana/' })).toMatchObject({ ok: true, row: { creator: { profileUrl: 'https://www.instagram.com/Ana/' } } });
    expect(read({ platform: 'youtube', handle: 'ana', profile_url: 'https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv' })).toMatchObject({ ok: true });
  });

  test('bidi overrides and C1 controls in notes, tags and promo codes are refused', () => {
    expect(read({ platform: 'x', handle: 'ana', notes: 'paid\u202e0001$', tags: 'ok; b\u2067ad', promo_code: 'ANA\u009b10' })).toEqual({
      ok: false,
      errors: [
        'row 14: notes contains an invisible control character (U+202E)',
        'row 14: promo_code contains an invisible control character (U+009B)',
        'row 14: tags has a tag that contains an invisible control character (U+2067)',
      ],
    });
    // Line breaks and tabs stay allowed in notes, and right-to-left marks in any text.
    expect(read({ platform: 'x', handle: 'ana', notes: 'line\n\tnext \u200f', tags: 'عربي\u200f' })).toMatchObject({ ok: true });
  });
});
