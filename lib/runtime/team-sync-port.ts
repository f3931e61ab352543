import { browser } from 'wxt/browser';
import type { FieldStamp } from '../sync/sync-doc';
import { askBackground } from './ask-background';
import { parseServerUrl, SYNC_OFF, SYNC_SETTINGS_KEY, SYNC_STATUS_KEY, SyncSettingsSchema, SyncStatusSchema, type SyncStatus } from '../sync/sync-settings';

export interface TeamSyncView {
  /** The stored settings without the password; null when sync is off. */
  settings: { url: string; user: string } | null;
  status: SyncStatus;
}

export interface TeamSyncPort {
  read(): Promise<TeamSyncView>;
  /** Called with the new view whenever the worker reports or the settings change. */
  subscribe(listener: (view: TeamSyncView) => void): () => void;
  turnOn(input: { url: string; user: string; password: string }): Promise<string | null>;
  turnOff(): Promise<void>;
  /** Who changed the creator's status last on the team, as the worker's synced copy says; null when it cannot say. */
  statusStamp(key: string): Promise<FieldStamp | null>;
}

async function read(): Promise<TeamSyncView> {
  const stored = await browser.storage.local.get([SYNC_SETTINGS_KEY, SYNC_STATUS_KEY]);
  const settings = SyncSettingsSchema.safeParse(stored[SYNC_SETTINGS_KEY]);
  const status = SyncStatusSchema.safeParse(stored[SYNC_STATUS_KEY]);
  return {
    settings: settings.success ? { url: settings.data.url, user: settings.data.user } : null,
    status: status.success ? status.data : SYNC_OFF,
  };
}

/** Team sync as an extension page sees it: settings in storage.local, the worker's status beside them. */
export const teamSyncPort: TeamSyncPort = {
  read,
  subscribe(listener) {
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && (SYNC_SETTINGS_KEY in changes || SYNC_STATUS_KEY in changes)) void read().then(listener);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  },
  async turnOn(input) {
    const url = parseServerUrl(input.url);
    if (!url.ok) return url.reason;
    const settings = SyncSettingsSchema.safeParse({ url: url.value.url, user: input.user.trim(), password: input.password });
    if (!settings.success) return 'Enter a user name and a password.';
    // First thing in the click: the browser only asks while the user's gesture lasts.
    const granted = await browser.permissions.request({ origins: [url.value.originPattern] }).catch(() => false);
    if (!granted) return `Vetted needs your permission to reach ${new URL(url.value.url).hostname}; sync stays off.`;
    await browser.storage.local.set({ [SYNC_SETTINGS_KEY]: settings.data });
    return null;
  },
  async statusStamp(key) {
    const answer = await askBackground({ type: 'sync/status-stamp', key });
    return answer.ok ? answer.value.stamp : null;
  },
  async turnOff() {
    const current = SyncSettingsSchema.safeParse((await browser.storage.local.get(SYNC_SETTINGS_KEY))[SYNC_SETTINGS_KEY]);
    await browser.storage.local.remove(SYNC_SETTINGS_KEY);
    const url = current.success ? parseServerUrl(current.data.url) : null;
    // The permission was asked for sync: it goes with it.
    if (url?.ok) await browser.permissions.remove({ origins: [url.value.originPattern] }).catch(() => false);
  },
};
