/**
 * Characters that change how text is shown without being seen: C0 controls (tab, line feed and
 * carriage return excepted), DEL, the C1 controls, and the bidi embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069). In a note or a tag they can make "@ana" read as another name in
 * the table or a spreadsheet cell ("Trojan Source"); the marks U+200E/U+200F stay allowed, since
 * right-to-left text uses them.
 */
// eslint-disable-next-line no-control-regex
export const HIDDEN_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Same set for a single-line value (a tag, a promo code): line breaks and tabs are hidden there too. */
// eslint-disable-next-line no-control-regex
export const HIDDEN_CHARACTERS_INLINE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Why `text` cannot be accepted ("contains U+202E"), or null. */
export function hiddenCharacterProblem(text: string, inline = false): string | null {
  const match = (inline ? HIDDEN_CHARACTERS_INLINE : HIDDEN_CHARACTERS).exec(text);
  if (!match) return null;
  const code = match[0].codePointAt(0) ?? 0;
  return `contains an invisible control character (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
}
