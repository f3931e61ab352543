import { z } from '../contracts/zod-mini';
import { CAPS } from '../contracts/caps';
import { PlatformSchema, type Platform } from '../contracts/creator';
import type { SessionArea } from './tab-state-store';

/**
 * The post each tab shows, as its content script last submitted it: which creator a comment
 * response that names no author belongs to (YouTube's and TikTok's comment pages name only the
 * video), and what the overlay on that post page asks about. In session storage, like the tab's
 * overlay state, so that a worker stopped between two messages still knows it.
 */
const TabPostSchema = z.object({
  platform: PlatformSchema,
  postId: z.string().check(z.minLength(1), z.maxLength(CAPS.id)),
  handle: z.string().check(z.minLength(1), z.maxLength(CAPS.handle)),
  displayName: z.nullable(z.string().check(z.maxLength(CAPS.displayName))),
  pageUrl: z.string().check(z.maxLength(CAPS.url)),
});
export type TabPost = z.infer<typeof TabPostSchema>;

export const tabPostKey = (tabId: number) => `tab-post:${tabId}`;

export function createTabPostStore(area: SessionArea) {
  const get = async (tabId: number): Promise<TabPost | null> => {
    const parsed = TabPostSchema.safeParse((await area.get(tabPostKey(tabId)))[tabPostKey(tabId)]);
    return parsed.success ? parsed.data : null;
  };
  return {
    get,
    /** The tab's post if it is this one: a comment response of another post gets no author from it. */
    async find(tabId: number, platform: Platform, postId: string): Promise<TabPost | null> {
      const post = await get(tabId);
      return post && post.platform === platform && post.postId === postId ? post : null;
    },
    set: (tabId: number, post: TabPost) => area.set({ [tabPostKey(tabId)]: post }),
    clear: (tabId: number) => area.remove(tabPostKey(tabId)),
  };
}
export type TabPostStore = ReturnType<typeof createTabPostStore>;
