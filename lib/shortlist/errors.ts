import type { StoreErrorCode } from '../contracts/shortlist-store';

const USER_MESSAGES: Record<StoreErrorCode, string> = {
  blocked: 'Vetted was updated in another tab or window. Close the other Vetted pages (or reload them) and try again.',
  quota: 'Your browser is out of storage space for Vetted. Nothing was lost, but this change was not saved: export your shortlist, free some disk space, and try again.',
  unavailable: 'Vetted cannot save a shortlist in this browser window (private browsing or "never remember history" blocks it). Use a normal window to keep a shortlist.',
  invalid: 'This data could not be saved because it is not in the expected format.',
};

export const TERMINATED_MESSAGE = 'The browser closed Vetted\'s storage (it may have been cleared). Reload this page; if your shortlist is gone, restore it from a backup.';

export class StoreError extends Error {
  readonly code: StoreErrorCode;
  /** What to show the user; `message` carries the technical detail for the log. */
  readonly userMessage: string;

  constructor(code: StoreErrorCode, detail?: string, options: { cause?: unknown; userMessage?: string } = {}) {
    super(detail ? `${code}: ${detail}` : code, { cause: options.cause });
    this.name = 'StoreError';
    this.code = code;
    this.userMessage = options.userMessage ?? USER_MESSAGES[code];
  }
}

function errorName(error: unknown): string {
  if (error && typeof error === 'object' && 'name' in error && typeof error.name === 'string') return error.name;
  return '';
}

function errorMessage(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error && typeof error.message === 'string') return error.message;
  return String(error);
}

/**
 * Map what IndexedDB threw to a StoreError. `opening` matters because Firefox reports its private
 * mode as InvalidStateError on open, while the same name during a transaction means the connection
 * was closed (also "unavailable" for the user, but with a different cause in the log).
 */
export function toStoreError(error: unknown, opening = false): StoreError {
  if (error instanceof StoreError) return error;
  const name = errorName(error);
  const detail = `${name || 'Error'}: ${errorMessage(error)}`;
  // Chrome reports a full disk as QuotaExceededError; old Firefox as NS_ERROR_DOM_QUOTA_REACHED.
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return new StoreError('quota', detail, { cause: error });
  if (name === 'DataError' || name === 'DataCloneError' || name === 'ZodError') return new StoreError('invalid', detail, { cause: error });
  // The database on disk is newer than this code: the extension was downgraded, or an old tab survived an update.
  if (name === 'VersionError') {
    return new StoreError('unavailable', detail, {
      cause: error,
      userMessage: 'This shortlist was saved by a newer version of Vetted. Update Vetted (or reload this page) to open it.',
    });
  }
  return new StoreError('unavailable', opening ? `on open: ${detail}` : detail, { cause: error });
}

/** What the store was given did not pass its schema: the first issue, with its path ("patch.notes: …"). */
export function invalidInput(what: string, issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): StoreError {
  const issue = issues[0];
  return new StoreError('invalid', `${what}${issue?.path.length ? `.${issue.path.map(String).join('.')}` : ''}: ${issue?.message ?? 'invalid'}`);
}
