import { PlatformSchema, type Platform } from '../../lib/contracts/creator';

/** The platform the content script framed us on, from our own URL (it only picks a storage key). */
export function framePlatform(): Platform | null {
  const parsed = PlatformSchema.safeParse(new URLSearchParams(location.search).get('platform'));
  return parsed.success ? parsed.data : null;
}

/** Whether the content script framed us on a post page (`view=post`) rather than a profile. */
export function framesPost(): boolean {
  return new URLSearchParams(location.search).get('view') === 'post';
}
