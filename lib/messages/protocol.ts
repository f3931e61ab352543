import { z } from 'zod';
import { PlatformSchema } from '../contracts/creator';
import { VettingReportSchema, type FollowerPoint } from '../contracts/report';
import type { ShortlistStatus } from '../contracts/shortlist-entry';

/**
 * Every message Vetted's parts send to the background, as one discriminated union. The receiver
 * parses with these schemas before any handler runs; the sender side only uses the types.
 * The snapshot inside `snapshot/submit` is deliberately `unknown` here: the background validates it
 * with SnapshotSchema itself so that it can answer "this page gave us bad data" distinctly.
 */
export const RequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('snapshot/submit'), pageUrl: z.string().max(2048), snapshot: z.unknown() }),
  z.object({
    type: z.literal('page/unreadable'),
    pageUrl: z.string().max(2048),
    platform: PlatformSchema,
    reason: z.enum(['not-ready', 'private', 'unsupported-layout']),
    tried: z.array(z.string().max(200)).max(50),
  }),
  z.object({ type: z.literal('page/loading'), pageUrl: z.string().max(2048) }),
  z.object({ type: z.literal('page/left') }),
  z.object({ type: z.literal('overlay/state') }),
  /** Vet the tab's current snapshot again, e.g. after the user switched the active brief. */
  z.object({ type: z.literal('overlay/rescore') }),
  /** The overlay's view of the shortlist for the creator on screen: saved or not, the briefs, follower history. */
  z.object({ type: z.literal('overlay/shortlist'), key: z.string().min(3).max(200) }),
  /** Save the tab's current report; `key` is the creator the user saw, refused if the tab has moved on. */
  z.object({ type: z.literal('overlay/save'), key: z.string().min(3).max(200), tag: z.string().max(40).optional(), note: z.string().max(5_000).optional() }),
  /** Make a brief active (the default brief: none stored as active) and vet the tab's snapshot again. */
  z.object({ type: z.literal('overlay/brief'), briefId: z.string().min(1).max(64) }),
  /** The popup asks for the state of the tab it was opened on (it knows the tab id, not its URL). */
  z.object({ type: z.literal('tab/state'), tabId: z.number().int().min(0) }),
]);
export type Request = z.infer<typeof RequestSchema>;
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

export const ERROR_CODES = ['bad-request', 'unknown-type', 'forbidden', 'invalid-data', 'internal', 'unavailable'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorResponse {
  ok: false;
  error: { code: ErrorCode; message: string };
}

/** What the overlay shows for a tab: kept in session storage so that a stopped worker loses nothing. */
export const TabStateSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('loading'), pageUrl: z.string(), updatedAt: z.string() }),
  z.object({ status: z.literal('ready'), pageUrl: z.string(), updatedAt: z.string(), report: VettingReportSchema }),
  z.object({
    status: z.literal('unreadable'),
    pageUrl: z.string(),
    updatedAt: z.string(),
    platform: PlatformSchema,
    /** 'storage-full': the browser's session storage refused the tab's report (see tab-state-store.ts). */
    reason: z.enum(['not-ready', 'private', 'unsupported-layout', 'invalid-data', 'storage-full']),
    detail: z.string().max(500),
  }),
]);
export type TabState = z.infer<typeof TabStateSchema>;

/** What the overlay shows of a saved creator. */
export interface SavedSummary {
  status: ShortlistStatus;
  tags: string[];
  updatedAt: string;
}

/** The shortlist as the overlay shows it for one creator. */
export interface OverlayShortlistView {
  entry: SavedSummary | null;
  /** The stored briefs, with the default one first unless a stored brief has taken its id. */
  briefs: Array<{ id: string; name: string }>;
  /** Follower readings, oldest first. */
  history: FollowerPoint[];
}

export interface ResponseMap {
  'snapshot/submit': { ok: true; report: z.infer<typeof VettingReportSchema> };
  'page/unreadable': { ok: true };
  'page/loading': { ok: true };
  'page/left': { ok: true };
  'overlay/state': { ok: true; tabId: number; state: TabState | null };
  'overlay/rescore': { ok: true; state: TabState | null };
  'overlay/shortlist': { ok: true } & OverlayShortlistView;
  'overlay/save': { ok: true; entry: SavedSummary };
  'overlay/brief': { ok: true; state: TabState | null };
  'tab/state': { ok: true; tabId: number; state: TabState | null };
}
export type ResponseOf<T extends RequestType> = ResponseMap[T] | ErrorResponse;
