/**
 * Why the content script refuses a save where the overlay cannot see for itself whether it is
 * visible (frame-tamper.ts): the content script answers with a code, the overlay shows the words,
 * so that the words ship in the overlay page and not in every content script.
 */
export const TAMPER_REASONS = {
  gone: 'the frame is not in the page',
  hidden: 'the frame is hidden',
  resized: 'the frame has been resized',
  transparent: 'the page made the frame transparent',
  filtered: 'the page filters the frame',
  transformed: 'the page transforms the frame',
  clipped: 'the page clips the frame',
  blended: 'the page blends the frame',
  collapsed: 'the page hides the frame',
  closed: 'the panel was not open',
  early: 'the panel had not been visible long enough',
} as const;

export type TamperReason = keyof typeof TAMPER_REASONS;

/** The words for a reason the content script gave; an unknown one (an older content script's words) as it came. */
export function tamperReasonText(reason: string): string {
  return Object.hasOwn(TAMPER_REASONS, reason) ? TAMPER_REASONS[reason as TamperReason] : reason;
}
