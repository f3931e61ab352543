/**
 * Rung 2: the rendered header, for a page whose data is missing or belongs to another channel.
 * Counts here are the visible abbreviated text; posts are not read from the DOM.
 */
import { CAPS, capCount, capText } from '../../../contracts/caps';
import type { CreatorCount } from '../../../contracts/creator';
import { parseCount } from '../../../parse/count';
import type { Selector } from '../../page-path';
import type { ProfileRef } from '../../profile-ref';
import { emptyParts, type CreatorIdentity, type SourceReading } from '../../source-ladder';
import { atHandle, channelUrl } from '../channel';
import { DOM } from '../paths';
import { pathOf, select, selectAll } from '../../page-path';

function textOf(el: Element | null): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function firstText(doc: Document, selectors: readonly Selector[]): string {
  for (const entry of selectors) {
    const text = textOf(select(doc, entry));
    if (text) return text;
  }
  return '';
}

export function readDomHeader(doc: Document, url: URL, ref: ProfileRef, locale: string | undefined): { identity: CreatorIdentity; reading: SourceReading } | null {
  const rows = selectAll(doc, DOM.metadataRows).map((row) =>
    textOf(row)
      .split('•')
      .map((part) => part.trim())
      .filter(Boolean),
  );
  const handleText = firstText(doc, DOM.handle) || rows.flat().find((part) => part.startsWith('@')) || '';
  const domHandle = atHandle(handleText.split(/\s/)[0]);
  const name = firstText(doc, DOM.name);
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
  const subscriberText = firstText(doc, DOM.subscribers);
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
