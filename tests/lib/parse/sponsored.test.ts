import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPS } from '../../../lib/contracts/caps';
import { STRONG_TAG_LIST, WEAK_TAG_LIST, brandMentions, disclosures, hasDisclosure, mentions } from '../../../lib/parse/sponsored';

describe('hasDisclosure', () => {
  it.each([
    '#ad', '#Ad', '#AD new drop', 'Loving this serum #ads', 'thanks @brand (#sponsored)', '#advertisement', '#paidpartnership',
    '#Anzeige', '#werbung', '#publicidad', '#publi', '#patrocinado', '#sponsorisé', '#Sponsorise', '#reklama', '#reklam',
    '#iklan', '#広告', '#광고', '#협찬', '#广告', '#إعلان', '#विज्ञापन', '#реклама', '#adv', '#gesponsord',
    '#WspółpracaReklamowa', '#KaupallinenYhteistyö', '#PR案件', '＃ad',
    // Labels and sentences
    'Paid partnership with @brand', 'Partenariat rémunéré avec Marque', 'Colaboración pagada con Marca', 'Bezahlte Partnerschaft mit X',
    'This video is sponsored by NordVPN', 'Includes paid promotion', 'Płatna współpraca z marką',
    'Dieses Video wird gesponsert von Brand',
  ])('%j discloses', (caption) => {
    expect(hasDisclosure(caption)).toBe(true);
  });

  it.each([
    '', 'No hashtags here', '#adidas fit', '#adventure', '#address', '#badass', 'bob#ad', 'site.com/#ad', '&#ad;',
    '#advertisingtips for marketers? no: #marketing', 'ad astra', 'AD 2024', 'This is not sponsored by anyone',
    'Not sponsored by them, I just like it', "By the way, this video isn't sponsored by SEGA", 'It wasn’t sponsored by anyone', '#notsponsored', '#unbezahltewerbung', '#sponsorship_opportunity',
    // Weak tags alone are not enough
    '#collab with my sister', '#partner', 'new #PR today 💪', '#gifted', '#pub night',
  ])('%j does not disclose', (caption) => {
    expect(hasDisclosure(caption)).toBe(false);
  });

  it('reads weak tags (#collab, #partner, #pr, #gifted, #pub) only with an @mention', () => {
    expect(hasDisclosure('#collab @brand')).toBe(true);
    expect(hasDisclosure('#PR sample from @brand')).toBe(true);
    expect(hasDisclosure('#gifted by @brand.official')).toBe(true);
    expect(hasDisclosure('#collab email me at a@b.com')).toBe(false);
  });

  it('says which disclosure it found', () => {
    expect(disclosures('Paid partnership · #Ad #Anzeige #ad #collab @brand')).toEqual(['#ad', '#anzeige', '#collab', 'paid partnership']);
    expect(disclosures('#Sponsorisé')).toEqual(['#sponsorise']);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (caption) => {
        expect(typeof hasDisclosure(caption)).toBe('boolean');
        expect(mentions(caption).length).toBeLessThanOrEqual(CAPS.listItems);
      }),
      { numRuns: 2000 },
    );
  });

  // hasDisclosure lets most captions go without the hashtag pattern: it must never let one go that
  // disclosures() (the pattern) flags.
  it('agrees with disclosures() on captions made of tags, accents, labels and mentions', () => {
    const pieces = [
      '#', '＃', ' ', '.', '_', '@', 'a', 'd', 'v', 'é', '\u0301', 'İ', 'ı', 'ł', 'K', 'Σ', 'ſ', '🎉', '1', '&', '/',
      '#ad', '#AD', '#Ads', '#adé', '#a\u0301d', '#pr', '#PR', '#pub', '#collab', '#gifted', '#Sponsorisé', '#İşbirliği', '#WSPÓŁPRACAREKLAMOWA', '#广告', '#광고',
      '@brand', 'not ', "n't ", 'PAID PARTNERSHIP', 'Sponsorisé par', 'ücretli ortaklık', '\u0301'.repeat(40),
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
        const caption = parts.join('');
        expect(hasDisclosure(caption)).toBe(disclosures(caption).length > 0);
      }),
      { numRuns: 5000 },
    );
  });

  it('lists every tag in the form hashtags are compared in (lower case, no accents, NFC), once', () => {
    const tags = `${STRONG_TAG_LIST} ${WEAK_TAG_LIST}`.split(' ');
    for (const tag of tags) {
      const key = tag.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').replace(/ı/g, 'i').replace(/ł/g, 'l').toLowerCase();
      expect(tag, tag).toBe(key);
      expect(tag).toMatch(/^[\p{L}\p{M}\p{N}_]{1,60}$/u);
    }
    expect(new Set(tags).size).toBe(tags.length);
  });

  it('agrees with disclosures() on a hashtag cut at 60 characters by its accents', () => {
    const caption = `#ad${'\u0301'.repeat(58)}venture`;
    expect(hasDisclosure(caption)).toBe(disclosures(caption).length > 0);
  });

  it('stays fast on a hostile caption', () => {
    const started = performance.now();
    hasDisclosure(`${'#'.repeat(20_000)}${'not '.repeat(5_000)}@${'a.'.repeat(5_000)}`);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('mentions', () => {
  it('lists handles without @, lower-cased, de-duplicated, in order', () => {
    expect(mentions('Thanks @Nike and @nike! Shot by @photo.grapher_1. cc @yt-handle')).toEqual(['nike', 'photo.grapher_1', 'yt-handle']);
  });

  it('ignores e-mail addresses, too-long handles and stray @s', () => {
    expect(mentions('mail me: hi@brand.com, @ the beach, @a, @' + 'x'.repeat(31))).toEqual([]);
  });

  it('reads the full-width ＠', () => {
    expect(mentions('＠brand')).toEqual(['brand']);
  });

  it('caps the list', () => {
    const many = Array.from({ length: 80 }, (_, i) => `@user${i}`).join(' ');
    expect(mentions(many)).toHaveLength(CAPS.listItems);
  });
});

describe('brandMentions', () => {
  it('leaves out the creator themself', () => {
    expect(brandMentions('@Vsauce x @CuriosityBox', '@vsauce')).toEqual(['curiositybox']);
    expect(brandMentions('@vsauce', 'Vsauce')).toEqual([]);
  });
});
