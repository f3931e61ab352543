/** Rung 1 of the rendered profile: its JSON-LD ProfilePage, with exact counts. */
import { CAPS, capCount, capText } from '../../../contracts/caps';
import { extractEmails, extractLinks, normalizeLink } from '../../../parse/contact';
import { safeJsonParse } from '../../../parse/embedded-json';
import { asArray, asString, at } from '../../../parse/json-path';
import { emptyParts, type SourceReading } from '../../source-ladder';
import { isoDate, linkPath } from '../dom-text';
import { X_JSONLD_STATS } from '../paths';
import { isShortener, URL_LIKE } from '../links';

/**
 * The JSON-LD ProfilePage whose person is this handle; another handle's is stale (SPA navigation).
 * `texts`: the page's JSON-LD blocks, the one X tags as the profile's first (null when none).
 */
export function profileSchema(texts: ReadonlyArray<string | null>, handle: string): { page: unknown; person: unknown } | null {
  const blocks = texts.map((text) => (text === null ? undefined : safeJsonParse(text)));
  for (const block of blocks.flatMap((b) => (Array.isArray(b) ? b : [b]))) {
    const person = at(block, 'mainEntity');
    const name = asString(at(person, 'additionalName')) ?? linkPath(asString(at(person, 'url')) ?? null)?.slice(1);
    if (name?.toLowerCase() === handle) return { page: block, person };
  }
  return null;
}

function schemaCount(person: unknown, key: keyof typeof X_JSONLD_STATS): number | null {
  const { name, type } = X_JSONLD_STATS[key];
  const stats = asArray(at(person, 'interactionStatistic'));
  const stat =
    stats.find((s) => asString(at(s, 'name')) === name) ??
    stats.find((s) => asString(at(s, 'interactionType'))?.endsWith(type));
  return capCount(at(stat, 'userInteractionCount'));
}

/**
 * `bioShown`: the page shows the bio, links expanded; JSON-LD's copy has t.co redirects instead, so
 * it is read only when the rendered one is missing.
 */
export function readJsonLd(schema: { page: unknown; person: unknown } | null, bioShown: boolean): SourceReading | null {
  if (!schema) return null;
  const parts = emptyParts();
  for (const key of ['followers', 'following', 'postsCount'] as const) {
    const value = schemaCount(schema.person, key);
    if (value !== null) parts.counts[key] = { value, exact: true, source: 'meta', via: `jsonld:interactionStatistic.${X_JSONLD_STATS[key].name}` };
  }
  const name = asString(at(schema.person, 'name'));
  if (name !== undefined) parts.displayName = capText(name, CAPS.displayName);
  const bio = bioShown ? '' : capText(asString(at(schema.person, 'description')), CAPS.bio);
  if (bio) parts.bio = bio;
  const related = asArray(at(schema.page, 'relatedLink')).map((l) => (asString(l) ?? '').trim());
  parts.links = [...related.filter((t) => URL_LIKE.test(t)).map(normalizeLink), ...extractLinks(bio)].filter((l): l is string => l !== null && !isShortener(l));
  parts.emails = extractEmails(bio);
  parts.joinedAt = isoDate(asString(at(schema.page, 'dateCreated'))) ?? undefined;
  return { name: 'meta:jsonld:ProfilePage', parts, posts: [] };
}
