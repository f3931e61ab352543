import { describe, expect, test } from 'vitest';
import { createHandlers } from '../../../lib/background/handlers';
import { createMountStore } from '../../../lib/background/mount-store';
import { createOverlayShortlistStore } from '../../../lib/background/overlay-shortlist-store';
import { createTabStateStore } from '../../../lib/background/tab-state-store';
import { parseResponse } from '../../../lib/messages/protocol';
import { createRouter } from '../../../lib/messages/router';
import type { SenderInfo } from '../../../lib/messages/sender';
import type { FieldStamp } from '../../../lib/sync/sync-doc';
import { memorySession } from './memory-session';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const DASHBOARD: SenderInfo = { id: ID, url: `${ORIGIN}/dashboard.html` };
const PAGE: SenderInfo = { id: ID, url: 'https://www.instagram.com/ana/', tab: { id: 3 }, frameId: 0 } as SenderInfo;

function background(statusStamp?: (key: string) => Promise<FieldStamp | null>) {
  const session = memorySession().area;
  const handlers = createHandlers({
    tabs: createTabStateStore(session),
    mounts: createMountStore(session),
    now: () => new Date(0),
    vet: () => Promise.reject(new Error('not in these tests')),
    shortlist: createOverlayShortlistStore(() => Promise.reject(new Error('not in these tests'))),
    ...(statusStamp ? { statusStamp } : {}),
  });
  return createRouter(handlers, { extensionId: ID, extensionOrigin: ORIGIN, overlayMounted: async () => false });
}

describe('sync/status-stamp: who changed a creator\'s status last, for the dashboard', () => {
  test("answers with team sync's stamp for that creator", async () => {
    const asked: string[] = [];
    const route = background(async (key) => {
      asked.push(key);
      return key === 'instagram:ana' ? { at: '2026-12-01T10:00:00.000Z', by: 'bob' } : null;
    });
    expect(parseResponse('sync/status-stamp', await route({ type: 'sync/status-stamp', key: 'instagram:ana' }, DASHBOARD))).toEqual({ ok: true, stamp: { at: '2026-12-01T10:00:00.000Z', by: 'bob' } });
    expect(parseResponse('sync/status-stamp', await route({ type: 'sync/status-stamp', key: 'x:nobody' }, DASHBOARD))).toEqual({ ok: true, stamp: null });
    expect(asked).toEqual(['instagram:ana', 'x:nobody']);
  });

  test('says nothing with sync off, and nothing to a content script or a malformed ask', async () => {
    expect(parseResponse('sync/status-stamp', await background()({ type: 'sync/status-stamp', key: 'instagram:ana' }, DASHBOARD))).toEqual({ ok: true, stamp: null });
    const route = background(async () => ({ at: '2026-12-01T10:00:00.000Z', by: 'bob' }));
    expect(await route({ type: 'sync/status-stamp', key: 'instagram:ana' }, PAGE)).toMatchObject({ ok: false });
    expect(await route({ type: 'sync/status-stamp', key: 'x'.repeat(201) }, DASHBOARD)).toMatchObject({ ok: false });
  });
});
