import { z } from '../../lib/contracts/zod-mini';
import type { Platform } from '../../lib/contracts/creator';

/** The slice of browser.storage.local the overlay uses; injected so the wiring can be tested. */
export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export const COLLAPSED_KEY = 'overlay:collapsed';
export const positionKey = (platform: Platform) => `overlay:position:${platform}`;

const Offset = z.number().check(z.minimum(0), z.maximum(20_000));
export const StoredPositionSchema = z.object({ right: Offset, bottom: Offset });
export type StoredPosition = z.infer<typeof StoredPositionSchema>;

/** Where the user last left the overlay on this platform; null when never moved or unreadable. */
export async function readPosition(area: SettingsArea, platform: Platform): Promise<StoredPosition | null> {
  const key = positionKey(platform);
  const parsed = StoredPositionSchema.safeParse((await area.get(key))[key]);
  return parsed.success ? parsed.data : null;
}

export async function writePosition(area: SettingsArea, platform: Platform, position: StoredPosition): Promise<void> {
  await area.set({ [positionKey(platform)]: { right: Math.round(position.right), bottom: Math.round(position.bottom) } });
}

/** Collapsed unless the user left the panel open last time: the badge is the polite default. */
export async function readCollapsed(area: SettingsArea): Promise<boolean> {
  const value = (await area.get(COLLAPSED_KEY))[COLLAPSED_KEY];
  return typeof value === 'boolean' ? value : true;
}

export async function writeCollapsed(area: SettingsArea, collapsed: boolean): Promise<void> {
  await area.set({ [COLLAPSED_KEY]: collapsed });
}
