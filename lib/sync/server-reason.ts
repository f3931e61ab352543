import { asObject } from '../parse/json-path';

export interface ServerTrouble {
  /** 'error': retrying will not help until the user changes something; 'offline': it will. */
  state: 'error' | 'offline';
  reason: string;
}

function reasonOf(error: unknown): string {
  const record = asObject(error);
  const reason = record?.reason ?? record?.message;
  return typeof reason === 'string' ? reason : '';
}

function statusOf(error: unknown): number | null {
  const record = asObject(error);
  const status = record?.status ?? asObject(record?.result)?.status;
  return typeof status === 'number' ? status : null;
}

/** What a failed request to the team database means for the user, from CouchDB's status code. */
export function troubleOf(error: unknown): ServerTrouble {
  const status = statusOf(error);
  // CouchDB answers 401 both to a wrong password and (some servers) to a user who is not a member.
  if (status === 401 && /not authori[sz]ed to access/i.test(reasonOf(error))) return { state: 'error', reason: 'Permission refused: this user is not a member of the database.' };
  if (status === 401) return { state: 'error', reason: 'Wrong user name or password.' };
  if (status === 403) return { state: 'error', reason: 'Permission refused: this user is not a member of the database.' };
  if (status === 404) return { state: 'error', reason: 'Database missing: the server has no database of this name.' };
  if (status !== null && status >= 500) return { state: 'offline', reason: `The server answered ${status}; retrying.` };
  if (status !== null && status >= 400) return { state: 'error', reason: `The server refused the request (${status}).` };
  return { state: 'offline', reason: 'Cannot reach the server; retrying.' };
}

const STATUS_OF_ERROR: Record<string, number> = { unauthorized: 401, forbidden: 403, not_found: 404 };

/**
 * PouchDB's info() on a remote database answers some failures instead of throwing them
 * ({ error: 'not_found', reason: 'no_db_file' } for a missing database): the trouble they mean, or null.
 */
export function troubleOfInfo(info: unknown): ServerTrouble | null {
  const error = asObject(info)?.error;
  if (typeof error !== 'string') return null;
  return troubleOf({ status: STATUS_OF_ERROR[error] ?? 500, reason: asObject(info)?.reason });
}
