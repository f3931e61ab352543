import { CampaignBriefSchema } from '../contracts/report';
import type { SessionArea } from './tab-state-store';
import type { BriefCache } from './vet-snapshot';

export const ACTIVE_BRIEF_KEY = 'active-brief';

/** The last active brief in session storage (memory, not disk): a worker restarted on a full disk still has it. */
export function sessionBriefCache(area: SessionArea): BriefCache {
  return {
    async get() {
      const parsed = CampaignBriefSchema.safeParse((await area.get(ACTIVE_BRIEF_KEY))[ACTIVE_BRIEF_KEY]);
      return parsed.success ? parsed.data : null;
    },
    async set(brief) {
      await area.set({ [ACTIVE_BRIEF_KEY]: brief });
    },
  };
}
