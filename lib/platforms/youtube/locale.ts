/** The page's UI language, which the number and relative-date parsers need ("1,66 M", "hace 3 días"). */
import { asArray, asString, at } from '../../parse/json-path';
import { normalizeLocale } from './locale-tag';
import { LOCALE } from './paths';
import { atPath } from '../page-path';

export { normalizeLocale };

export function trackingParam(data: unknown, key: string): string | undefined {
  for (const service of asArray(atPath(data, LOCALE.trackingParams))) {
    for (const param of asArray(at(service, 'params'))) {
      if (at(param, 'key') === key) return asString(at(param, 'value'));
    }
  }
  return undefined;
}

/** The language page data (or a browse response) was written in, when it says. */
export function jsonLocale(data: unknown): string | undefined {
  const tracked = normalizeLocale(trackingParam(data, 'hl'));
  if (tracked) return tracked;
  for (const button of asArray(atPath(data, LOCALE.topbarButtons))) {
    const link = asString(atPath(button, LOCALE.buttonUrl));
    if (!link) continue;
    try {
      const hl = normalizeLocale(new URL(link, 'https://www.youtube.com').searchParams.get('hl'));
      if (hl) return hl;
    } catch {
      // not a URL: try the next button
    }
  }
  return undefined;
}
