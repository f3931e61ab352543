import { handleRef, HANDLE, pathSegments, type ProfileRef } from '../profile-ref';

/** `tiktok.com/@<user>`; `/@<user>/video/<id>` is a post, not the profile. */
export function tiktokProfileRef(url: URL): ProfileRef | null {
  const [first = '', second = '', ...rest] = pathSegments(url, 'tiktok') ?? [];
  if (!first.startsWith('@') || !HANDLE.test(first.slice(1))) return null;
  if (second !== '' || rest.some(Boolean)) return null;
  return handleRef('tiktok', first.slice(1));
}
