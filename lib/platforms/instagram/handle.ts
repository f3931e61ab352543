import { asString } from '../../parse/json-path';

const HANDLE = /^[a-z0-9._]{1,64}$/;

/** "@Pluto__Travel" → "pluto__travel"; undefined for anything that is not an Instagram handle. */
export function cleanHandle(value: unknown): string | undefined {
  const text = asString(value)?.trim().replace(/^@/, '').toLowerCase();
  return text && HANDLE.test(text) ? text : undefined;
}
