import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPS } from '../../../lib/contracts/caps';
import { extractEmails, extractLinks, normalizeLink } from '../../../lib/parse/contact';

describe('extractEmails', () => {
  it('finds plain addresses, lower-cased and de-duplicated, in the order written', () => {
    expect(extractEmails('CONTACT: Illo.Juan@WhalarTalent.com | biz: illojuan@whalartalent.com, ops@x.co.uk.')).toEqual([
      'illo.juan@whalartalent.com',
      'illojuan@whalartalent.com',
      'ops@x.co.uk',
    ]);
  });

  it.each([
    ['name [at] domain [dot] com', 'name@domain.com'],
    ['name(at)domain.com', 'name@domain.com'],
    ['name {at} domain.com', 'name@domain.com'],
    ['name [@] domain [.] com', 'name@domain.com'],
    ['contacto: prensa (arroba) marca (punto) es', 'prensa@marca.es'],
    ['business＠creator.tv', 'business@creator.tv'],
    ['mailto:hello@brand.io', 'hello@brand.io'],
  ])('reads %j', (text, email) => {
    expect(extractEmails(text)).toEqual([email]);
  });

  it.each([
    'logo@2x.png',
    'icon@3x.webp',
    'meet me (at) noon',
    'follow @brand.official',
    'name.@domain.com',
    '.name@domain.com',
    'na..me@domain.com',
    'name@-domain.com',
    'name@domain',
    'name@domain.c0m',
    `${'a'.repeat(65)}@domain.com`,
  ])('ignores %j', (text) => {
    expect(extractEmails(text)).toEqual([]);
  });

  it('caps the list and every address', () => {
    const many = Array.from({ length: 80 }, (_, i) => `u${i}@brand.com`).join(' ');
    expect(extractEmails(many)).toHaveLength(CAPS.listItems);
    const long = `${'a'.repeat(64)}@${`${'b'.repeat(60)}.`.repeat(4)}com`;
    expect(long.length).toBeGreaterThan(254);
    expect(extractEmails(long)).toEqual([]);
  });

  it('stays fast on hostile input', () => {
    const started = performance.now();
    extractEmails(`${'a.'.repeat(5_000)}@${'b-'.repeat(5_000)}`);
    extractEmails(`a@${'b.'.repeat(10_000)}`);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('normalizeLink', () => {
  it.each([
    ['twitch.tv/illojuan', 'https://twitch.tv/illojuan'],
    ['curiositybox.com', 'https://curiositybox.com/'],
    ['//cdn.example.com/a', 'https://cdn.example.com/a'],
    ['http://Example.COM/Path', 'http://example.com/Path'],
    ['https://l.instagram.com/?u=https%3A%2F%2Flinktr.ee%2Fgdg_rbu&e=AT0abc', 'https://linktr.ee/gdg_rbu'],
    ['https://www.youtube.com/redirect?event=channel_header&redir_token=QUFF&q=https%3A%2F%2Fcuriositybox.com%2F', 'https://curiositybox.com/'],
    ['https://l.facebook.com/l.php?u=https%3A%2F%2Fshop.brand.com%2Fx', 'https://shop.brand.com/x'],
    ['https://www.google.com/url?q=https://brand.com/&sa=D', 'https://brand.com/'],
    // Nested wrappers
    ['https://l.instagram.com/?u=' + encodeURIComponent('https://www.youtube.com/redirect?q=https%3A%2F%2Fa.com%2F'), 'https://a.com/'],
    ['https://brand.com/?utm_source=ig&utm_medium=bio&ref=creator&fbclid=123&igshid=xyz', 'https://brand.com/?ref=creator'],
    ['https://user:pass@brand.com/', 'https://brand.com/'],
    ['https://youtube.com@evil.example/', 'https://evil.example/'],
    ['https://bücher.de/', 'https://xn--bcher-kva.de/'],
  ])('%j → %j', (raw, href) => {
    expect(normalizeLink(raw)).toBe(href);
  });

  it('keeps the query of an unknown site that happens to use ?u= or ?q=', () => {
    expect(normalizeLink('https://search.brand.com/?q=https://evil.com')).toBe('https://search.brand.com/?q=https://evil.com');
    expect(normalizeLink('https://www.youtube.com/watch?q=https://evil.com')).toBe('https://www.youtube.com/watch?q=https://evil.com');
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'mailto:a@b.com',
    'ftp://brand.com/',
    'https://l.instagram.com/?u=javascript%3Aalert(1)',
    'https://www.youtube.com/redirect?q=data%3Atext%2Fhtml%2Cx',
    'https://l.instagram.com/?e=only-a-wrapper',
    'https://localhost/',
    'http://brand .com',
    'not a link',
    '',
    `https://brand.com/${'a'.repeat(CAPS.url)}`,
  ])('rejects %j', (raw) => {
    expect(normalizeLink(raw)).toBeNull();
  });

  it('gives up on wrappers nested deeper than three', () => {
    let url = 'https://a.com/';
    for (let i = 0; i < 5; i++) url = `https://l.instagram.com/?u=${encodeURIComponent(url)}`;
    expect(normalizeLink(url)).toBeNull();
  });
});

describe('extractLinks', () => {
  it('finds scheme, www and bare-domain links in a bio, trimming sentence punctuation', () => {
    const bio = 'New video! https://youtu.be/abc123. Merch: www.shop.example.com/tees, (also curiositybox.com) linktr.ee/vsauce!';
    expect(extractLinks(bio)).toEqual([
      'https://youtu.be/abc123',
      'https://www.shop.example.com/tees',
      'https://curiositybox.com/',
      'https://linktr.ee/vsauce',
    ]);
  });

  it('keeps balanced brackets inside a URL', () => {
    expect(extractLinks('see https://en.wikipedia.org/wiki/Foo_(bar) now')).toEqual(['https://en.wikipedia.org/wiki/Foo_(bar)']);
  });

  it('keeps @handles in profile URLs', () => {
    expect(extractLinks('tiktok.com/@illojuan and youtube.com/@Vsauce')).toEqual([
      'https://tiktok.com/@illojuan',
      'https://youtube.com/@Vsauce',
    ]);
  });

  it('does not take e-mail domains, file names or abbreviations for links', () => {
    expect(extractLinks('mail illo.juan@whalartalent.com or contact.me@gmail.com; e.g. Node.js, v1.2')).toEqual([]);
  });

  it('drops dangerous links and de-duplicates', () => {
    expect(extractLinks('https://a.com/ https://a.com/?utm_source=x javascript:alert(1) https://l.instagram.com/?u=javascript:x')).toEqual([
      'https://a.com/',
    ]);
  });

  it('caps the list', () => {
    const many = Array.from({ length: 80 }, (_, i) => `https://s${i}.com/`).join(' ');
    expect(extractLinks(many)).toHaveLength(CAPS.listItems);
  });

  it('never throws and only returns http(s) URLs within the cap, on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        for (const link of extractLinks(text)) {
          expect(link).toMatch(/^https?:\/\//);
          expect(link.length).toBeLessThanOrEqual(CAPS.url);
        }
        for (const email of extractEmails(text)) expect(email).toContain('@');
      }),
      { numRuns: 2000 },
    );
  });

  it('never returns a non-http(s) URL for arbitrary schemes and wrappers', () => {
    const scheme = fc.constantFrom('javascript:', 'data:', 'https://', 'http://', 'JAVASCRIPT:', 'https://l.instagram.com/?u=', '');
    fc.assert(
      fc.property(scheme, scheme, fc.webUrl(), (outer, inner, url) => {
        const raw = `${outer}${encodeURIComponent(`${inner}${url}`)}`;
        const link = normalizeLink(raw);
        if (link !== null) expect(new URL(link).protocol).toMatch(/^https?:$/);
      }),
      { numRuns: 1000 },
    );
  });
});
