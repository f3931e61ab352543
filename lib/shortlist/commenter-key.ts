import { MIN_KEY_BYTES } from '../evidence/keyed-hash';
import type { SettingsStoreWrite } from './settings-store';

/** 32 random bytes: the handle space is small, so only a key no one else holds keeps a hash from being looked up. */
export const COMMENTER_KEY_BYTES = 32;

const HEX_KEY = new RegExp(`^[0-9a-f]{${2 * MIN_KEY_BYTES},}$`);

function fromHex(hex: string): Uint8Array {
  return Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16));
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The per-install key commenters are hashed with, created on first use. It lives in this
 * database's settings and nowhere else: no backup, export or sync carries it, so a hash read out of
 * any of them cannot be checked against a list of handles. Called in a readwrite transaction, so
 * two first uses at once still make one key.
 */
export async function commenterInstallKey(settings: SettingsStoreWrite, random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer> = (b) => crypto.getRandomValues(b)): Promise<Uint8Array> {
  const stored = await settings.get('commenterKey');
  if (typeof stored === 'string' && HEX_KEY.test(stored) && stored.length % 2 === 0) return fromHex(stored);
  const key = random(new Uint8Array(COMMENTER_KEY_BYTES));
  await settings.put(toHex(key), 'commenterKey');
  return key;
}
