import type { SessionArea } from './tab-state-store';

/**
 * The overlay frame a tab's content script mounted, known by a secret the background hands only to
 * that content script. The page can build its own frame of overlay.html (Firefox's URL is fixed per
 * install; Chromium's leaks whenever the frame's src is readable): such a frame runs our code but
 * never holds the secret, so the background answers it nothing and saves nothing for it.
 */
interface MountRecord {
  token: string;
  /** The frame that proved it holds the token first; null until it connects. */
  frameId: number | null;
}

export const mountKey = (tabId: number) => `mount:${tabId}`;
export const TOKEN_PATTERN = /^[0-9a-f]{32}$/;

/** 128 random bits as hex: unguessable, and nothing the page could have seen. */
export function randomToken(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer> = (b) => crypto.getRandomValues(b)): string {
  return Array.from(random(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function parseRecord(raw: unknown): MountRecord | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { token, frameId } = raw as Record<string, unknown>;
  if (typeof token !== 'string' || !TOKEN_PATTERN.test(token)) return null;
  if (frameId !== null && !(typeof frameId === 'number' && Number.isSafeInteger(frameId) && frameId >= 0)) return null;
  return { token, frameId };
}

/** Kept in session storage: a stopped worker must still recognise the frame mounted before it stopped. */
export function createMountStore(area: SessionArea, newToken: () => string = randomToken) {
  const read = async (tabId: number) => parseRecord((await area.get(mountKey(tabId)))[mountKey(tabId)]);
  return {
    /** A new mount: the previous frame of this tab (and anything holding its token) is no longer ours. */
    async issue(tabId: number): Promise<string> {
      const token = newToken();
      await area.set({ [mountKey(tabId)]: { token, frameId: null } satisfies MountRecord });
      return token;
    },
    /**
     * The frame shows the token the content script handed it: from now on only that frame, with
     * that token, is the tab's overlay. A second frame showing the same token is refused.
     */
    async connect(tabId: number, frameId: number, token: string): Promise<boolean> {
      const record = await read(tabId);
      if (!record || record.token !== token) return false;
      if (record.frameId !== null) return record.frameId === frameId;
      await area.set({ [mountKey(tabId)]: { token, frameId } satisfies MountRecord });
      return true;
    },
    async verify(tabId: number, frameId: number, token: string): Promise<boolean> {
      const record = await read(tabId);
      return record !== null && record.token === token && record.frameId === frameId;
    },
    async clear(tabId: number): Promise<void> {
      await area.remove(mountKey(tabId));
    },
  };
}
export type MountStore = ReturnType<typeof createMountStore>;
