import { createHash, createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { commenterKey, hmacSha256, sha256 } from '../../../lib/evidence/keyed-hash';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('keyed commenter hash', () => {
  it('is SHA-256 and HMAC-SHA-256 (FIPS 180-4 and RFC 4231 vectors, and node:crypto on every length around the block size)', () => {
    expect(hex(sha256(utf8('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hex(hmacSha256(utf8('Jefe'), utf8('what do ya want for nothing?')))).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
    for (let n = 0; n < 140; n++) {
      const data = randomBytes(n);
      const key = randomBytes((n * 7) % 150);
      expect(hex(sha256(data))).toBe(createHash('sha256').update(data).digest('hex'));
      expect(hex(hmacSha256(key, data))).toBe(createHmac('sha256', key).update(data).digest('hex'));
    }
  });

  it('gives one key per account whatever the spelling, another under another install key, and refuses a short key', () => {
    const key = randomBytes(32);
    expect(commenterKey(key, '@Karen.Messenger')).toBe(commenterKey(key, 'karen.messenger'));
    expect(commenterKey(key, 'karen.messenger')).toMatch(/^[0-9a-f]{64}$/);
    expect(commenterKey(key, 'karen.messenger')).not.toBe(commenterKey(randomBytes(32), 'karen.messenger'));
    expect(commenterKey(key, 'karen.messenger')).not.toContain('karen');
    expect(() => commenterKey(new Uint8Array(8), 'a')).toThrow(/16 random bytes/);
  });
});
