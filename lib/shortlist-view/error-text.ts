/**
 * What to show the user for a failure. The store's errors carry a `userMessage` written for people
 * (quota, blocked, private mode); anything else is shown by its message, never swallowed.
 */
export function errorText(error: unknown): string {
  if (error && typeof error === 'object') {
    const record = error as { userMessage?: unknown; message?: unknown };
    if (typeof record.userMessage === 'string' && record.userMessage) return record.userMessage;
    if (typeof record.message === 'string' && record.message) return record.message;
  }
  return String(error);
}
