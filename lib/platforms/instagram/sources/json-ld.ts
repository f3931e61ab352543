/** Rung 5: JSON-LD (2021: a "Store"/"Person" block whose main entity holds the exact followers count). */
import { CAPS, capCount, capText } from '../../../contracts/caps';
import { extractEmails, extractLinks, normalizeLink } from '../../../parse/contact';
import { safeJsonParse } from '../../../parse/embedded-json';
import { asArray, asObject, asString, at } from '../../../parse/json-path';
import { firstAt } from '../../page-path';
import { instagramProfileRef } from '../profile-url';
import { emptyParts, type SourceReading } from '../../source-ladder';
import { cleanHandle } from '../handle';
import { IG_JSONLD } from '../paths';

/** `scripts`: the JSON-LD scripts' texts, in page order. */
export function readJsonLd(scripts: readonly string[], handle: string, tried: string[]): SourceReading | null {
  tried.push('meta:json-ld');
  const parsed = scripts.map(safeJsonParse).filter((value) => value !== undefined);
  const blocks = parsed.flatMap((b) => (Array.isArray(b) ? b : asArray(at(b, '@graph')).length ? asArray(at(b, '@graph')) : [b]));
  for (const block of blocks) {
    const entity = firstAt(block, IG_JSONLD.entity, asObject)?.value;
    const entityUrl = asString(at(entity, '@id'));
    let urlHandle: string | null | undefined;
    try {
      urlHandle = entityUrl ? instagramProfileRef(new URL(entityUrl))?.handle : undefined;
    } catch {
      urlHandle = undefined;
    }
    if ((cleanHandle(at(block, 'alternateName')) ?? urlHandle) !== handle) continue;
    const parts = emptyParts();
    const stats = at(entity, 'interactionStatistic') ?? at(block, 'interactionStatistic');
    for (const stat of Array.isArray(stats) ? stats : [stats]) {
      const type = asString(at(stat, 'interactionType')) ?? asString(at(stat, 'interactionType', '@type')) ?? '';
      const value = capCount(at(stat, 'userInteractionCount'));
      if (IG_JSONLD.followAction.test(type) && value !== null) {
        parts.counts.followers = { value, exact: true, source: 'meta', via: 'json-ld interactionStatistic FollowAction' };
      }
    }
    const name = capText(asString(at(block, 'name')), CAPS.displayName);
    if (name) parts.displayName = name;
    const bio = capText(asString(at(block, 'description')), CAPS.bio);
    if (bio) parts.bio = bio;
    const link = normalizeLink(asString(at(block, 'url')) ?? '');
    parts.links = [...new Set([...(link ? [link] : []), ...extractLinks(bio)])];
    parts.emails = extractEmails(bio);
    return { name: 'meta:json-ld', parts, posts: [] };
  }
  return null;
}
