/** How Instagram writes dates and entities in the text it generates (alt texts, meta descriptions). */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "May 29, 2021" (English, as Instagram writes it in alt texts and post meta) → ISO date at 00:00 UTC. */
export function englishDate(text: string): string | null {
  const m = /\b([A-Z][a-z]+) (\d{1,2}), (\d{4})\b/.exec(text);
  if (!m?.[1] || !m[2] || !m[3]) return null;
  const month = MONTHS.indexOf(m[1].toLowerCase());
  const day = Number(m[2]);
  const year = Number(m[3]);
  if (month < 0 || year < 2010 || year > 2100) return null;
  const date = new Date(Date.UTC(year, month, day));
  return date.getUTCDate() === day ? date.toISOString() : null;
}

/** The DOM decodes attributes once; some captures hold entities encoded twice (`&amp;#064;`). */
export function decodeEntities(text: string): string {
  const named: Record<string, string> = { quot: '"', amp: '&', apos: "'", lt: '<', gt: '>' };
  return text.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(quot|amp|apos|lt|gt));/gi, (whole, dec?: string, hex?: string, name?: string) => {
    if (name) return named[name.toLowerCase()] ?? whole;
    const code = dec ? Number(dec) : parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
