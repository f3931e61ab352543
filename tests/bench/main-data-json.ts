import type { Platform } from '../../lib/contracts/creator';
import { matchingBrace } from '../../lib/parse/json-slice';
import { IG_EMBEDDED } from '../../lib/platforms/instagram/paths';
import { SCRIPTS } from '../../lib/platforms/tiktok/paths';
import { INITIAL_DATA_NAME } from '../../lib/platforms/youtube/paths';

/** The object literal assigned to `name` in a script, as text; the reader's own brace matcher finds its end. */
function assignedText(scriptText: string, name: string): string | null {
  const at = scriptText.search(new RegExp(`(?:\\b${name.replace(/[.$]/g, '\\$&')}|\\[["']${name}["']\\])\\s*=\\s*\\{`));
  if (at < 0) return null;
  const start = scriptText.indexOf('{', at);
  const end = matchingBrace(scriptText, start);
  return end < 0 ? null : scriptText.slice(start, end + 1);
}

function scriptTexts(doc: Document, selector: string): string[] {
  return Array.from(doc.querySelectorAll(selector)).map((el) => el.textContent ?? '');
}

/** Every embedded JSON text of the kinds this platform's reader parses (see each platform's paths.ts). */
function candidates(doc: Document, platform: Platform): string[] {
  const scripts = scriptTexts(doc, 'script');
  const jsonLd = scriptTexts(doc, 'script[type="application/ld+json"]');
  switch (platform) {
    case 'youtube':
      return scripts.filter((t) => t.includes(INITIAL_DATA_NAME)).map((t) => assignedText(t, INITIAL_DATA_NAME)).filter((t) => t !== null);
    case 'instagram':
      return [
        ...scripts.filter((t) => t.includes(IG_EMBEDDED.sharedDataMarker)).map((t) => assignedText(t, IG_EMBEDDED.sharedDataName)).filter((t) => t !== null),
        ...scriptTexts(doc, IG_EMBEDDED.sjsScripts.path).filter((t) => t.includes(IG_EMBEDDED.sjsUserKey.path[0]) || t.includes(IG_EMBEDDED.timelineKey.path[0])),
        ...jsonLd,
      ];
    case 'tiktok':
      return [...SCRIPTS.map((script) => doc.querySelector(script.path)?.textContent ?? ''), ...jsonLd];
    case 'x':
      return jsonLd;
  }
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The page's main data script: the largest embedded JSON of a kind the reader parses. The reader
 * has to JSON.parse at least this much, so parsing it alone is the floor the reader is compared
 * with. Null for a page that embeds none (read from the rendered DOM only).
 */
export function mainDataJson(doc: Document, platform: Platform): string | null {
  let best: string | null = null;
  for (const text of candidates(doc, platform)) {
    if (text.trim() && (best === null || text.length > best.length) && parses(text)) best = text;
  }
  return best;
}
