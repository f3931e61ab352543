/**
 * Rung 2: the rendered header, for a page whose data is missing or belongs to another channel.
 * Counts here are the visible abbreviated text; posts are not read from the DOM.
 */
import { CAPS, capCount, capText } from '../../../contracts/caps';
import type { CreatorCount } from '../../../contracts/creator';
import { parseCount } from '../../../parse/count';
import type { ProfileRef } from '../../profile-ref';
import { emptyParts, type CreatorIdentity, type SourceReading } from '../../source-ladder';
import { atHandle, channelUrl } from '../channel';
import { DOM } from '../paths';
import { pathOf } from '../../page-select';
import type { YoutubeDomExtract } from '../page-collect';

/** As the page shows it: runs of spaces and line breaks as one space. */
function textOf(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim();
}

/** The first rung's text that is not empty. */
function firstText(rungs: readonly string[]): string {
  for (const raw of rungs) {
    const text = textOf(raw);
    if (text) return text;
  }
  return '';
}

/** The rendered header as collected (page-collect.ts), for the channel in `ref`, or null when it names no channel or another one. */
export function readDomHeader(dom: YoutubeDomExtract, url: URL, ref: ProfileRef, locale: string | undefined): { identity: CreatorIdentity; reading: SourceReading } | null {
  const rows = dom.metadataRows.map((row) =>
    textOf(row)
      .split('•')
      .map((part) => part.trim())
      .filter(Boolean),
  );
  const handleText = firstText(dom.handles) || rows.flat().find((part) => part.startsWith('@')) || '';
  const domHandle = atHandle(handleText.split(/\s/)[0]);
  const name = firstText(dom.names);
  if (!domHandle && !name) return null;
  // The header of the previous channel can linger while the new one renders.
  if (domHandle && ref.handle && domHandle !== ref.handle) return null;

  const countRow = rows.find((parts) => parts.length >= 2 && !parts.some((part) => part.startsWith('@')));
  const parts = emptyParts();
  const count = (key: CreatorCount, text: string | undefined, via: string, alwaysRounded: boolean): void => {
    const parsed = text ? parseCount(text, locale) : null;
    const value = parsed ? capCount(parsed.value) : null;
    if (value !== null && parsed) parts.counts[key] = { value, exact: parsed.exact && !alwaysRounded, source: 'dom', via };
  };
  const subscriberText = firstText(dom.subscribers);
  if (subscriberText) count('followers', subscriberText, pathOf(DOM.subscribers[0]), true);
  else {
    count('followers', countRow?.[0], pathOf(DOM.metadataRows), true);
    count('postsCount', countRow?.[1], pathOf(DOM.metadataRows), false);
  }
  parts.displayName = capText(name, CAPS.displayName);

  const handle = domHandle ?? ref.handle ?? (ref.channelId ? ref.channelId.toLowerCase() : ref.key.slice(ref.key.indexOf(':') + 1));
  const atName = domHandle ?? ref.handle;
  const profileUrl = channelUrl(atName, ref.channelId, `${url.origin}/${ref.key.replace(':', '/')}`);
  return { identity: { platform: 'youtube', handle, profileUrl }, reading: { name: 'dom:header', parts, posts: [] } };
}
