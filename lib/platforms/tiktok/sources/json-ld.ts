/** Rung 2: JSON-LD (2025-12, 2026-04): the Person with exact followers and likes, and a verified marker. */
import { CAPS, capCount, capText } from '../../../contracts/caps';
import type { CreatorCount } from '../../../contracts/creator';
import { extractEmails, extractLinks, normalizeLink } from '../../../parse/contact';
import { safeJsonParse } from '../../../parse/embedded-json';
import { asArray, asObject, asString, at } from '../../../parse/json-path';
import type { CountReading, SourceReading } from '../../source-ladder';
import { JSONLD_COUNTS, JSONLD_VERIFIED } from '../paths';
import { normalizeHandle } from '../user-info';

function jsonLdPerson(node: unknown): Record<string, unknown> | undefined {
  const type = asString(at(node, '@type'));
  if (type === 'ProfilePage') return asObject(at(node, 'mainEntity'));
  return type === 'Person' ? asObject(node) : undefined;
}

function handleFromProfileUrl(value: unknown): string | null {
  return normalizeHandle(/\/@([^/?#]+)/.exec(asString(value) ?? '')?.[1]);
}

/** `texts`: the page's JSON-LD blocks as collected (page-collect.ts); those that do not parse are skipped. */
export function readJsonLd(texts: readonly string[], handle: string, tried: string[]): SourceReading | null {
  for (const block of texts.map(safeJsonParse)) {
    const person = jsonLdPerson(block);
    if (!person) continue;
    const ldHandle = normalizeHandle(person.alternateName) ?? normalizeHandle(person.identifier) ?? handleFromProfileUrl(person.url);
    if (ldHandle !== handle) {
      tried.push(`meta:jsonld (stale: for @${ldHandle ?? '?'})`);
      continue;
    }
    const counts: Partial<Record<CreatorCount, CountReading>> = {};
    for (const stat of asArray(person.interactionStatistic)) {
      const type = asString(at(stat, 'interactionType', '@type')) ?? asString(at(stat, 'interactionType')) ?? '';
      const action = type.slice(type.lastIndexOf('/') + 1);
      const field = Object.prototype.hasOwnProperty.call(JSONLD_COUNTS, action) ? JSONLD_COUNTS[action as keyof typeof JSONLD_COUNTS] : undefined;
      const value = capCount(at(stat, 'userInteractionCount'));
      if (field && value !== null) counts[field] = { value, exact: true, source: 'meta', via: `jsonld:${action}` };
    }
    const badge = person.disambiguatingDescription;
    const bio = capText(person.description, CAPS.bio);
    const sameAs = asArray(person.sameAs).map((s) => (typeof s === 'string' ? normalizeLink(s) : null)).filter((l): l is string => l !== null);
    return {
      name: 'meta:jsonld',
      parts: {
        displayName: capText(person.name, CAPS.displayName),
        bio,
        verified: typeof badge === 'string' ? badge === JSONLD_VERIFIED : undefined,
        links: [...sameAs, ...extractLinks(bio)],
        emails: extractEmails(bio),
        counts,
      },
      posts: [],
    };
  }
  tried.push('meta:jsonld (no profile)');
  return null;
}
