/**
 * Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV Injection"): = + - @,
 * tab and carriage return; line feed too, since some spreadsheets strip a leading newline and then
 * see the next character.
 */
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\n']);
const ESCAPE = "'";

function isEscaped(text: string): boolean {
  const second = text[1];
  return text[0] === ESCAPE && second !== undefined && (TRIGGERS.has(second) || second === ESCAPE);
}

/**
 * Prefix a text cell with `'` when it starts with a trigger. A text that already starts with the
 * escape in front of a trigger (or of another `'`) is escaped too, so that unguardFormula can undo
 * exactly what this did and an export → import round-trips every string.
 */
export function guardFormula(text: string): string {
  const first = text[0];
  if (first === undefined) return text;
  return TRIGGERS.has(first) || isEscaped(text) ? ESCAPE + text : text;
}

/** Undo guardFormula, for a cell read back from a CSV. */
export function unguardFormula(text: string): string {
  return isEscaped(text) ? text.slice(1) : text;
}

/** True when a cell, as written, would be read as a formula. */
export function startsWithFormulaTrigger(cell: string): boolean {
  const first = cell[0];
  return first !== undefined && TRIGGERS.has(first);
}
