import type { Platform } from '../contracts/creator';

/** The only hosts Vetted reads, and so the only host permissions it asks for. */
export const HOSTS_BY_PLATFORM: Record<Platform, readonly string[]> = {
  instagram: ['www.instagram.com'],
  tiktok: ['www.tiktok.com'],
  youtube: ['www.youtube.com'],
  x: ['x.com'],
};

export const PLATFORM_HOSTS: readonly string[] = Object.values(HOSTS_BY_PLATFORM).flat();

export function platformOfHost(host: string): Platform | null {
  for (const [platform, hosts] of Object.entries(HOSTS_BY_PLATFORM)) {
    if (hosts.includes(host)) return platform as Platform;
  }
  return null;
}
