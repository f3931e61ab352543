import { z } from '../contracts/zod-mini';
import { MAX_PAGE_DATA_CHARS } from '../capture/page-data-message';
import { MAX_CAPTURE_CHARS } from '../capture/capture-patterns';
import { CAPS } from '../contracts/caps';
import { CreatorSchema, PlatformSchema, PostSchema } from '../contracts/creator';
import { FollowerReadingSchema, VettingReportSchema } from '../contracts/report';
import { ShortlistStatusSchema } from '../contracts/shortlist-entry';
import { PostPageReadingSchema } from '../contracts/post-reading';
import { PostViewSchema } from '../contracts/post-view';
import { FieldStampSchema } from '../sync/sync-doc';

/**
 * Every message Vetted's parts send to the background, as one discriminated union. The receiver
 * parses with these schemas before any handler runs; the sender side only uses the types.
 * The snapshot and captures inside `snapshot/submit` are deliberately `unknown` here: the background
 * validates them itself so that it can answer "this page gave us bad data" distinctly.
 */
/** The per-mount secret of the tab's overlay frame (see lib/background/mount-store.ts). */
const Token = z.string().check(z.regex(/^[0-9a-f]{32}$/));

export const RequestSchema = z.discriminatedUnion('type', [
  /**
   * The page reading (null when only a captured API response names the profile yet) and the
   * captured responses for the same profile; the background validates and merges them
   * (lib/background/submitted-snapshot.ts). `pageData` instead of a reading: the page's own data as
   * the page-world script picked it (YouTube's ytInitialData), as JSON text, read by the background
   * rather than on the page's thread (lib/background/page-data-reading.ts), with `lang`, the page's `<html lang>`.
   */
  z.object({
    type: z.literal('snapshot/submit'),
    pageUrl: z.string().check(z.maxLength(2048)),
    snapshot: z.unknown(),
    captures: z.optional(z.array(z.unknown()).check(z.maxLength(20))),
    pageData: z.optional(z.string().check(z.maxLength(MAX_PAGE_DATA_CHARS))),
    lang: z.optional(z.string().check(z.maxLength(64))),
    /**
     * A response the page just fetched, as text, for the background to read and add to `captures`
     * (as `capture/read` does) in the same trip: after an in-app switch the badge waits on it.
     */
    captureText: z.optional(z.string().check(z.maxLength(MAX_CAPTURE_CHARS))),
  }),
  /**
   * A response the page fetched on a profile, as the JSON text it received, for the background to
   * read with the platform's capture reader (YouTube's: lib/background/capture-reading.ts), off the
   * page's thread. Nothing is kept: the reading goes back to the content script, which sends it with
   * its next `snapshot/submit`, where it is validated again.
   */
  z.object({ type: z.literal('capture/read'), pageUrl: z.string().check(z.maxLength(2048)), text: z.string().check(z.maxLength(MAX_CAPTURE_CHARS)) }),
  z.object({
    type: z.literal('page/unreadable'),
    pageUrl: z.string().check(z.maxLength(2048)),
    platform: PlatformSchema,
    reason: z.enum(['not-ready', 'private', 'unsupported-layout']),
    tried: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(50)),
  }),
  z.object({ type: z.literal('page/loading'), pageUrl: z.string().check(z.maxLength(2048)) }),
  /**
   * Sent at document_start on a profile or post page, before the page has parsed: it only wakes a
   * stopped worker early. It carries nothing and changes nothing.
   */
  z.strictObject({ type: z.literal('page/wake') }),
  /**
   * A post page's reading (lib/contracts/post-reading.ts), commenters still by handle: the
   * background keys them and adds the post and its comments to the creator's evidence. `from`:
   * 'page' when read from the page itself (its postId must be the tab's post), 'capture' when read
   * from a response the page fetched on `pageUrl` (its postId must be pageUrl's post). At most 200
   * comments; longer comment text is cut to 500 characters.
   */
  z.object({ type: z.literal('post/submit'), pageUrl: z.string().check(z.maxLength(2048)), from: z.enum(['page', 'capture']), reading: PostPageReadingSchema }),
  /**
   * A response a post page fetched (its comments, the post's JSON), as the text it received, for the
   * background to read with the platform's post reader (lib/background/post-capture-reading.ts), off
   * the page's thread. Nothing is kept: the reading goes back, and the content script sends it as a
   * `post/submit` once the post's author is known, where it is validated again.
   */
  /**
   * What a post page's content script collected of its page (X's status page: lib/platforms/x/post/status-collect.ts),
   * as JSON text, for the background to read (lib/background/post-page-reading.ts). As `post/read-capture`,
   * nothing is kept: the reading goes back and is submitted with `post/submit`.
   */
  z.object({ type: z.literal('post/read-page'), pageUrl: z.string().check(z.maxLength(2048)), extract: z.string().check(z.maxLength(MAX_PAGE_DATA_CHARS)) }),
  z.object({ type: z.literal('post/read-capture'), pageUrl: z.string().check(z.maxLength(2048)), text: z.string().check(z.maxLength(MAX_CAPTURE_CHARS)) }),
  z.object({ type: z.literal('page/left') }),
  /** The content script is about to frame the overlay: a new secret for it to hand that frame, and only that frame. */
  z.object({ type: z.literal('overlay/mount') }),
  /**
   * Every overlay request carries the tab's current mount token; without it the router refuses
   * (a page's own frame of overlay.html has none). `connect` is the frame's first: it binds the token to the frame.
   */
  z.object({ type: z.literal('overlay/connect'), token: Token }),
  z.object({ type: z.literal('overlay/state'), token: Token }),
  /** The overlay's view of the shortlist for the creator on screen: saved or not, the briefs, follower history. */
  z.object({ type: z.literal('overlay/shortlist'), token: Token, key: z.string().check(z.minLength(3), z.maxLength(200)) }),
  /** Save the tab's current report; `key` is the creator the user saw, refused if the tab has moved on. */
  z.object({ type: z.literal('overlay/save'), token: Token, key: z.string().check(z.minLength(3), z.maxLength(200)), tag: z.optional(z.string().check(z.maxLength(40))), note: z.optional(z.string().check(z.maxLength(5_000))) }),
  /** The overlay on a post page: the post the tab's content script last submitted against its creator's median. */
  z.object({ type: z.literal('overlay/post'), token: Token }),
  /** Make a brief active (the default brief: none stored as active) and vet the tab's snapshot again. */
  z.object({ type: z.literal('overlay/brief'), token: Token, briefId: z.string().check(z.minLength(1), z.maxLength(64)) }),
  /** The popup asks for the state of the tab it was opened on (it knows the tab id, not its URL). */
  z.object({ type: z.literal('tab/state'), tabId: z.number().check(z.int(), z.minimum(0)) }),
  /** The popup saves the creator of the tab it was opened on: the same save as overlay/save, the tab's own report. */
  z.object({ type: z.literal('tab/save'), tabId: z.number().check(z.int(), z.minimum(0)), key: z.string().check(z.minLength(3), z.maxLength(200)) }),
  /** Who changed a creator's status last, as the team's synced document says (team sync on). */
  z.object({ type: z.literal('sync/status-stamp'), key: z.string().check(z.minLength(3), z.maxLength(200)) }),
]);
export type Request = z.infer<typeof RequestSchema>;
/** Every request's `type`, in the union's order: the router tells a malformed request from an unknown one by it. */
export const REQUEST_TYPES: readonly string[] = RequestSchema._zod.def.options.map((option) => option.shape.type._zod.def.values[0]!);
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
    detail: z.string().check(z.maxLength(500)),
  }),
]);
export type TabState = z.infer<typeof TabStateSchema>;

/** What the overlay shows of a saved creator. */
export const SavedSummarySchema = z.object({
  status: ShortlistStatusSchema,
  tags: z.array(z.string().check(z.maxLength(40))).check(z.maxLength(20)),
  /** The notes as saved, so the panel can show them back; optional for answers from an older worker. */
  notes: z.optional(z.string().check(z.maxLength(5_000))),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type SavedSummary = z.infer<typeof SavedSummarySchema>;

/** The shortlist as the overlay shows it for one creator. */
export const OverlayShortlistViewSchema = z.object({
  entry: z.nullable(SavedSummarySchema),
  /** The stored briefs, with the default one first unless a stored brief has taken its id. */
  briefs: z.array(z.object({ id: z.string().check(z.minLength(1), z.maxLength(64)), name: z.string().check(z.minLength(1), z.maxLength(120)) })).check(z.maxLength(500)),
  /** Follower readings, oldest first. */
  history: z.array(FollowerReadingSchema).check(z.maxLength(5_000)),
});
export type OverlayShortlistView = z.infer<typeof OverlayShortlistViewSchema>;

export const ErrorResponseSchema = z.object({ ok: z.literal(false), error: z.object({ code: z.enum(ERROR_CODES), message: z.string().check(z.maxLength(1_000)) }) });

/** A captured response as the background read it (lib/platforms/types.ts CaptureResult, when it holds something). */
export const CapturedSchema = z.object({
  ok: z.literal(true),
  creator: z.nullable(z.partial(CreatorSchema)),
  posts: z.array(PostSchema).check(z.maxLength(CAPS.posts)),
  sources: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(50)),
});

const okWith = <T extends z.core.$ZodLooseShape>(shape: T) => z.object({ ok: z.literal(true), ...shape });
const TabStateAnswer = okWith({ tabId: z.number().check(z.int(), z.minimum(0)), state: z.nullable(TabStateSchema) });

/**
 * The background's answer to each request, beside the request: the receiver (overlay, popup,
 * content script) parses with these, never with schemas of its own.
 */
export const ResponseSchemas = {
  /**
   * Only whether it was taken: the report goes to the tab state, which the page's world never
   * reaches. `unread`: the page data handed over holds no reading of the profile (another channel's,
   * or none yet): nothing was changed, and the content script reads the rendered page instead; for
   * a page collected for the background to read (TikTok), the reader's verdict, which it reports.
   */
  'snapshot/submit': okWith({
    unread: z.optional(z.object({ reason: z.enum(['not-ready', 'unsupported-layout', 'private']), tried: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(10)) })),
    /** The reading of `captureText`, for the content script's later submissions; null: nothing of the profile in it. */
    capture: z.optional(z.nullable(CapturedSchema)),
  }),
  /** The response read: some posts, maybe part of the creator; null when it holds nothing of a profile. */
  'capture/read': okWith({ capture: z.nullable(CapturedSchema) }),
  'page/unreadable': okWith({}),
  'page/loading': okWith({}),
  'page/wake': okWith({}),
  /** Whose evidence the post went to; nothing of the reading comes back. */
  'post/submit': okWith({ creator: z.object({ platform: PlatformSchema, handle: z.string().check(z.minLength(1), z.maxLength(64)) }) }),
  /** The response read, as `post/submit` takes it; null when it holds nothing of this post to keep. */
  'post/read-capture': okWith({ reading: z.nullable(PostPageReadingSchema) }),
  /** The collected page read, as `post/submit` takes it; null when it shows nothing of this post to keep. */
  'post/read-page': okWith({ reading: z.nullable(PostPageReadingSchema) }),
  'page/left': okWith({}),
  'overlay/mount': okWith({ token: z.string().check(z.regex(/^[0-9a-f]{32}$/)) }),
  /**
   * The tab's state comes with the confirmation, saving the frame's first badge a round trip; the
   * frame checks it as it checks every later state (TabStateSchema, entrypoints/overlay/tab-state-feed.ts),
   * so that a state it cannot read shows as such instead of refusing the channel. Left out when
   * the background could not read it: the frame then asks with overlay/state.
   */
  'overlay/connect': okWith({ tabId: z.number().check(z.int(), z.minimum(0)), state: z.optional(z.unknown()) }),
  'overlay/state': TabStateAnswer,
  'overlay/shortlist': okWith(OverlayShortlistViewSchema.shape),
  'overlay/post': okWith({ view: PostViewSchema }),
  'overlay/save': okWith({ entry: SavedSummarySchema }),
  'overlay/brief': okWith({ state: z.nullable(TabStateSchema) }),
  'tab/state': TabStateAnswer,
  'tab/save': okWith({ entry: SavedSummarySchema }),
  'sync/status-stamp': okWith({ stamp: z.nullable(FieldStampSchema) }),
} satisfies Record<RequestType, z.ZodMiniType>;

export type ResponseMap = { [T in RequestType]: z.infer<(typeof ResponseSchemas)[T]> };
export type ResponseOf<T extends RequestType> = ResponseMap[T] | ErrorResponse;

/** A response as the receiver must take it: one of the two shapes for its request, or nothing. */
export function parseResponse<T extends RequestType>(type: T, raw: unknown): ResponseOf<T> | null {
  const failure = ErrorResponseSchema.safeParse(raw);
  if (failure.success) return failure.data;
  const parsed = (ResponseSchemas[type] as unknown as z.ZodMiniType<ResponseMap[T]>).safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** The overlay's first request's answer, for the frame's handshake (entrypoints/overlay/frame-connection.ts). */
export const OverlayConnectResponseSchema = z.union([ResponseSchemas['overlay/connect'], ErrorResponseSchema]);
