import { describe, expect, test, vi } from 'vitest';
import { requestPersistence } from '../../../lib/shortlist/persistence';
import { campaignSlug, normalizePromoCode, suggestPromoCode, trackingLinkFor } from '../../../lib/contracts/tracking';

const brief = { id: 'summer-26', name: 'Summer Glow 2026', landingPage: 'https://shop.example.com/glow?ref=ig&utm_source=old#buy' };

describe('trackingLinkFor', () => {
  test('tags the landing page for the creator, keeping its own parameters and fragment', () => {
    const link = trackingLinkFor(brief, 'tiktok', 'dani.runs');
    expect(link).toBe('https://shop.example.com/glow?ref=ig&utm_source=tiktok&utm_medium=influencer&utm_campaign=summer-glow-2026&utm_content=dani.runs#buy');
    const params = new URL(link as string).searchParams;
    expect(params.getAll('utm_source')).toEqual(['tiktok']);
  });

  test('falls back to the brief id when the name gives no slug', () => {
    expect(new URL(trackingLinkFor({ ...brief, name: '¡¡!!' }, 'x', 'bob') as string).searchParams.get('utm_campaign')).toBe('summer-26');
  });

  test.each([null, '', 'javascript:alert(1)', 'not a url'])('is null when the landing page is %j', (landingPage) => {
    expect(trackingLinkFor({ ...brief, landingPage }, 'x', 'bob')).toBeNull();
  });

  test('campaignSlug strips accents and punctuation', () => {
    expect(campaignSlug("Été '26 — España / Niños")).toBe('ete-26-espana-ninos');
  });
});

describe('promo codes', () => {
  test.each([
    // The whole handle, not its first 12 characters.
    ['maria.lopez_fit', '', 'MARIALOPEZFIT'],
    ['maria.lopez_fit', '15', 'MARIALOPEZFIT15'],
    ['the.longest_instagram_handle30', '', 'THELONGESTINSTAGRAMHANDLE30'],
    // A suffix that does not fit is left off, the handle is kept whole.
    ['the.longest_instagram_handle30', 'SUMMER', 'THELONGESTINSTAGRAMHANDLE30'],
    ['ana', 'summer!', 'ANASUMMER'],
    ['___', '10', null],
  ])('suggestPromoCode(%j, %j) is %j', (handle, suffix, code) => {
    expect(suggestPromoCode(handle, suffix)).toBe(code);
  });

  test('normalizePromoCode makes what the user typed storable', () => {
    expect(normalizePromoCode(' ana 20 ')).toBe('ANA20');
    expect(normalizePromoCode('   ')).toBeNull();
    // Never cut: the store refuses a code over its limit with a message instead.
    expect(normalizePromoCode('a'.repeat(40))).toBe('A'.repeat(40));
  });
});

describe('requestPersistence', () => {
  test('asks the browser only when storage is not yet persistent', async () => {
    const persist = vi.fn(async () => true);
    expect(await requestPersistence({ persist, persisted: async () => true })).toBe('persisted');
    expect(persist).not.toHaveBeenCalled();
    expect(await requestPersistence({ persist, persisted: async () => false })).toBe('persisted');
    expect(persist).toHaveBeenCalledTimes(1);
  });

  test('reports a refusal, a failure, or no support', async () => {
    expect(await requestPersistence({ persist: async () => false })).toBe('denied');
    expect(
      await requestPersistence({
        persist: async () => {
          throw new Error('nope');
        },
      }),
    ).toBe('denied');
    expect(await requestPersistence(undefined)).toBe('unsupported');
    expect(await requestPersistence({})).toBe('unsupported');
  });
});
