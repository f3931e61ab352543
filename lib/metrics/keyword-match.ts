/**
 * Case-insensitive whole-word matching of brief terms (niche keywords, excluded keywords,
 * competitors) in page text. "@brand" and "#tag" match the bare word too, since captions write
 * the same brand as "@glossier", "#glossier" or "Glossier". Letters and digits of any script,
 * and "_", count as word characters, so "glossier" does not match "glossier_fan" or "myglossier".
 */
export interface KeywordMatcher {
  keyword: string;
  test(text: string): boolean;
}

const SPECIAL = /[.*+?^${}()|[\]\\]/g;

export function keywordMatcher(keyword: string): KeywordMatcher | null {
  const bare = keyword.trim().replace(/^[@#]+/, '').trim();
  if (bare === '') return null;
  const body = bare.replace(SPECIAL, '\\$&').replace(/\s+/g, '\\s+');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])`, 'iu');
  return { keyword, test: (text) => text !== '' && pattern.test(text) };
}

export function keywordMatchers(keywords: readonly string[]): KeywordMatcher[] {
  const out: KeywordMatcher[] = [];
  for (const keyword of keywords) {
    const matcher = keywordMatcher(keyword);
    if (matcher) out.push(matcher);
  }
  return out;
}
