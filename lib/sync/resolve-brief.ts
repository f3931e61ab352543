import type { CampaignBrief } from '../contracts/brief';
import { canonicalJson } from './canonical-json';

/**
 * Conflicting versions of a brief: a brief is edited as a whole in one form, so the version saved
 * last wins whole (at the same instant, the same one on every replica by its content).
 */
export function resolveBrief(versions: readonly CampaignBrief[]): CampaignBrief {
  const [first, ...rest] = versions;
  if (!first) throw new Error('resolveBrief needs at least one version');
  return rest.reduce((best, v) => {
    const byTime = Date.parse(v.updatedAt) - Date.parse(best.updatedAt);
    if (byTime !== 0) return byTime > 0 ? v : best;
    return canonicalJson(v) > canonicalJson(best) ? v : best;
  }, first);
}
