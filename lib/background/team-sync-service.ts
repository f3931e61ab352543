import PouchDB from 'pouchdb-browser';
import { browser } from 'wxt/browser';
import { openShortlist } from '../shortlist/repository';
import { announceShortlistChange, onShortlistChange } from '../runtime/shortlist-changes';
import { LOCAL_SYNC_DB, parseServerUrl, SYNC_OFF, SYNC_SETTINGS_KEY, SYNC_STATUS_KEY, SyncSettingsSchema, type SyncSettings, type SyncStatus } from '../sync/sync-settings';
import type { PouchConstructor } from '../team-sync/pouch-api';
import type { FieldStamp } from '../sync/sync-doc';
import { destroyLocalCopy, startSync, type SyncEngine } from '../team-sync/sync-engine';

const ALARM = 'vetted-team-sync';

/**
 * Team sync in the worker: on while storage.local holds settings and the browser grants their
 * origin, off otherwise. The alarm exists only while sync is on: it restarts replication after
 * the browser stopped an idle worker, and looks for changes no message announced.
 * PouchDB is bundled with the worker (a service worker cannot import() later) but only runs here,
 * and only with sync on; content scripts never include it.
 */
export function startTeamSyncService(log: (line: string) => void): { statusStamp(key: string): Promise<FieldStamp | null> } {
  const Pouch = PouchDB as unknown as PouchConstructor;
  let engine: SyncEngine | null = null;
  let running: SyncSettings | null = null;
  let queue: Promise<void> = Promise.resolve();

  // Every write fires storage.onChanged, and a listener registered here wakes a stopped worker: a
  // worker that wrote "off" on each start would wake itself forever. Write only what changed.
  const writeStatus = (status: SyncStatus) => {
    void (async () => {
      const stored = (await browser.storage.local.get(SYNC_STATUS_KEY))[SYNC_STATUS_KEY];
      if (JSON.stringify(stored) === JSON.stringify(status)) return;
      await browser.storage.local.set({ [SYNC_STATUS_KEY]: status });
    })().catch((e: unknown) => log(`team sync status: ${String(e)}`));
  };

  async function readSettings(): Promise<SyncSettings | null> {
    const stored = (await browser.storage.local.get(SYNC_SETTINGS_KEY))[SYNC_SETTINGS_KEY];
    if (stored === undefined) return null;
    const parsed = SyncSettingsSchema.safeParse(stored);
    if (!parsed.success) log('team sync: stored settings are not valid; sync stays off');
    return parsed.success ? parsed.data : null;
  }

  async function apply(): Promise<void> {
    const settings = await readSettings();
    const url = settings ? parseServerUrl(settings.url) : null;
    const granted = url?.ok ? await browser.permissions.contains({ origins: [url.value.originPattern] }) : false;
    const wanted = settings && granted ? settings : null;
    if (running && wanted && running.url === wanted.url && running.user === wanted.user && running.password === wanted.password) return;
    if (engine) {
      await engine.stop();
      engine = null;
    }
    if (running && !wanted) {
      // Turned off: the local copy goes, the shortlist stays.
      await destroyLocalCopy(Pouch, LOCAL_SYNC_DB).catch((e: unknown) => log(`team sync: ${String(e)}`));
    }
    running = wanted;
    if (!wanted) {
      await browser.alarms.clear(ALARM);
      if (settings && !granted) writeStatus({ ...SYNC_OFF, state: 'error', reason: 'Vetted no longer has permission to reach this server: turn sync on again.', url: settings.url });
      else writeStatus(SYNC_OFF);
      return;
    }
    browser.alarms.create(ALARM, { periodInMinutes: 1 });
    const store = await openShortlist(undefined, { log });
    engine = await startSync({
      PouchDB: Pouch,
      store,
      settings: wanted,
      localName: LOCAL_SYNC_DB,
      log,
      onStatus: writeStatus,
      onStored: announceShortlistChange,
    });
  }

  const reconsider = () => {
    queue = queue.then(apply).catch((e: unknown) => log(`team sync: ${e instanceof Error ? e.message : String(e)}`));
  };

  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SYNC_SETTINGS_KEY in changes) reconsider();
  });
  browser.permissions.onRemoved.addListener(reconsider);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== ALARM) return;
    reconsider();
    engine?.localChanged();
  });
  onShortlistChange(() => engine?.localChanged());
  reconsider();
  return {
    // Replication runs behind the queue: answer from the engine that is running now, if any.
    statusStamp: async (key) => (engine ? engine.statusStamp(key) : null),
  };
}
