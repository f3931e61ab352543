import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { createHandlers } from '../../../lib/background/handlers';
import { MAX_CAPTURE_CHARS } from '../../../lib/capture/capture-patterns';
import { MAX_PAGE_DATA_CHARS } from '../../../lib/capture/page-data-message';
import { createOverlayShortlistStore } from '../../../lib/background/overlay-shortlist-store';
import { openShortlist } from '../../../lib/shortlist/repository';
import { createTabStateStore } from '../../../lib/background/tab-state-store';
import { createMountStore } from '../../../lib/background/mount-store';
import { ERROR_CODES, REQUEST_TYPES, type ErrorCode } from '../../../lib/messages/protocol';
import { createRouter } from '../../../lib/messages/router';
import type { SenderInfo } from '../../../lib/messages/sender';
import { DEFAULT_BRIEF } from '../../../lib/scoring/default-brief';
import { vet } from '../../../lib/vetting/vet';
import { memorySession } from '../background/memory-session';
import { DEEPLY_NESTED, HOSTILE_NUMBERS, HUGE_TEXT, POLLUTION_KEYS, prototypeIsPolluted, withPollutionKeys } from './hostile-values';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const TYPES = REQUEST_TYPES;
const PAGE_URL = 'https://www.instagram.com/celebface/';
const TOKEN = '0123456789abcdef0123456789abcdef';

function setup() {
  const session = memorySession();
  let vetCalls = 0;
  const mounts = createMountStore(session.area);
  const handlers = createHandlers({
    tabs: createTabStateStore(session.area),
    mounts,
    now: () => new Date('2026-11-22T00:00:00Z'),
    vet: async (snapshot, now) => {
      vetCalls++;
      return vet({ snapshot, brief: DEFAULT_BRIEF, history: [], now });
    },
    shortlist: createOverlayShortlistStore(() => openShortlist(undefined, { idbFactory: new IDBFactory() })),
  });
  const logged: string[] = [];
  const route = createRouter(handlers, { extensionId: ID, extensionOrigin: ORIGIN, overlayMounted: mounts.verify }, (line) => logged.push(line));
  return { route, session, vetCalls: () => vetCalls, logged };
}

// ---------------------------------------------------------------- senders

type Role = 'content' | 'overlay' | 'extension-page';
interface TaggedSender {
  sender: SenderInfo;
  /** The role the router must give it; null when the sender is not part of Vetted. */
  role: Role | null;
}

const PROFILE_URLS = [PAGE_URL, 'https://www.tiktok.com/@illojuan', 'https://x.com/badlogicgames', 'https://www.youtube.com/@vsauce'];
const tabId = fc.integer({ min: 0, max: 2 ** 31 - 1 });

const contentSender = fc.record({ url: fc.constantFrom(...PROFILE_URLS), id: tabId }).map(
  ({ url, id }): TaggedSender => ({ sender: { id: ID, url, tab: { id, url }, frameId: 0 }, role: 'content' }),
);
const overlaySender = fc.record({ id: tabId, frameId: fc.integer({ min: 0, max: 50 }) }).map(
  ({ id, frameId }): TaggedSender => ({ sender: { id: ID, url: `${ORIGIN}/overlay.html`, tab: { id }, frameId }, role: 'overlay' }),
);
const pageSender = fc.constantFrom('popup.html', 'dashboard.html', 'options.html').map(
  (page): TaggedSender => ({ sender: { id: ID, url: `${ORIGIN}/${page}` }, role: 'extension-page' }),
);
const vettedSender = fc.oneof(contentSender, overlaySender, pageSender);

/** Senders the router must refuse whatever they send: someone else, or our content script in the wrong place. */
const foreignSender: fc.Arbitrary<TaggedSender> = fc
  .oneof(
    // Wrong extension id (another extension, or a web page using externally_connectable).
    fc.record({ id: fc.oneof(fc.string(), fc.constant(undefined), fc.constant(ID.toUpperCase())), url: fc.constantFrom(...PROFILE_URLS) }).map(
      ({ id, url }): SenderInfo => ({ id, url, tab: { id: 7, url }, frameId: 0 }),
    ),
    // Right id, wrong URL: not a platform, not https, a look-alike host, another extension's page, garbage.
    fc
      .constantFrom(
        'https://evil.example/@illojuan',
        'http://www.instagram.com/celebface/',
        'https://www.instagram.com.evil.example/celebface/',
        'https://instagram.com.evil.example/',
        'chrome-extension://otherextensionidotherextensionid/popup.html',
        `${ORIGIN}.evil.example/popup.html`,
        'javascript:alert(1)',
        'not a url',
        '',
        HUGE_TEXT,
      )
      .map((url): SenderInfo => ({ id: ID, url, tab: { id: 7, url }, frameId: 0 })),
    // No URL at all.
    fc.constant<SenderInfo>({ id: ID, tab: { id: 7 }, frameId: 0 }),
    // Our content script in a sub-frame (an ad iframe on a platform host), or with no frame id.
    fc
      .record({ url: fc.constantFrom(...PROFILE_URLS), frameId: fc.oneof(fc.integer({ min: 1 }), fc.integer({ max: -1 }), fc.constant(undefined)) })
      .map(({ url, frameId }): SenderInfo => ({ id: ID, url, tab: { id: 7, url }, frameId })),
    // A platform URL with no tab (e.g. a service worker of the site), or a tab without a numeric id.
    fc
      .record({ url: fc.constantFrom(...PROFILE_URLS), tab: fc.constantFrom<SenderInfo['tab']>(undefined, {}, { id: '7' as unknown as number }, { id: NaN as number }) })
      .map(({ url, tab }): SenderInfo => ({ id: ID, url, tab, frameId: 0 })),
    // The overlay page loaded outside a tab (opened directly by URL).
    fc.constant<SenderInfo>({ id: ID, url: `${ORIGIN}/overlay.html` }),
  )
  .map((sender): TaggedSender => ({ sender, role: null }));

const anySender = fc.oneof(vettedSender, foreignSender);

// ---------------------------------------------------------------- messages

const validSnapshot = {
  creator: {
    platform: 'instagram', handle: 'celebface', displayName: 'Celeb Face', profileUrl: PAGE_URL,
    followers: 1137245, following: 0, postsCount: 7883, totalLikes: null, verified: false, bio: '', emails: [], links: [], category: null,
    provenance: { followers: { source: 'dom', exact: true, via: 'span[title]' } }, joinedAt: null, capturedAt: '2026-11-22T00:00:00.000Z',
  },
  posts: [
    {
      id: 'C6__UnVK2Gf', url: 'https://www.instagram.com/p/C6__UnVK2Gf/', publishedAt: '2026-11-01T00:00:00.000Z', publishedAtPrecision: 'exact',
      likes: 20900, comments: 1422, views: null, shares: null, saves: null, rounded: ['likes'], kind: 'image', pinned: false, sponsored: false, caption: 'hi',
    },
  ],
  sources: ['dom:header'],
};

const POST_URL = 'https://www.instagram.com/p/CqXyZ12abc/';
const validReading = {
  platform: 'instagram',
  postId: 'CqXyZ12abc',
  author: { handle: 'celebface', displayName: null, followers: null, verified: null },
  post: null,
  comments: [{ id: 'c1', authorHandle: 'a.fan', text: 'love it', publishedAt: null, likes: 2, replies: null, byCreator: false, creatorReplied: null, creatorLiked: null }],
  totalComments: 1,
  sources: ['json'],
};

/** One valid message of each type; the role that may send it. */
const VALID: Record<string, { message: Record<string, unknown>; role: Role }> = {
  'snapshot/submit': { message: { type: 'snapshot/submit', pageUrl: PAGE_URL, snapshot: validSnapshot }, role: 'content' },
  'capture/read': { message: { type: 'capture/read', pageUrl: PAGE_URL, text: '{"data":{}}' }, role: 'content' },
  'page/unreadable': { message: { type: 'page/unreadable', pageUrl: PAGE_URL, platform: 'instagram', reason: 'private', tried: ['json'] }, role: 'content' },
  'page/loading': { message: { type: 'page/loading', pageUrl: PAGE_URL }, role: 'content' },
  'page/left': { message: { type: 'page/left' }, role: 'content' },
  'page/wake': { message: { type: 'page/wake' }, role: 'content' },
  'overlay/mount': { message: { type: 'overlay/mount' }, role: 'content' },
  'overlay/connect': { message: { type: 'overlay/connect', token: TOKEN }, role: 'overlay' },
  'overlay/state': { message: { type: 'overlay/state', token: TOKEN }, role: 'overlay' },
  'overlay/shortlist': { message: { type: 'overlay/shortlist', token: TOKEN, key: 'instagram:celebface' }, role: 'overlay' },
  'overlay/save': { message: { type: 'overlay/save', token: TOKEN, key: 'instagram:celebface', tag: 'spring', note: 'hi' }, role: 'overlay' },
  'overlay/brief': { message: { type: 'overlay/brief', token: TOKEN, briefId: 'default-micro' }, role: 'overlay' },
  'tab/state': { message: { type: 'tab/state', tabId: 7 }, role: 'extension-page' },
  'tab/save': { message: { type: 'tab/save', tabId: 7, key: 'instagram:celebface' }, role: 'extension-page' },
  'sync/status-stamp': { message: { type: 'sync/status-stamp', key: 'instagram:celebface' }, role: 'extension-page' },
  'post/submit': { message: { type: 'post/submit', pageUrl: POST_URL, from: 'page', reading: validReading }, role: 'content' },
  'post/read-capture': { message: { type: 'post/read-capture', pageUrl: POST_URL, text: '{"data":{}}' }, role: 'content' },
  'post/read-page': { message: { type: 'post/read-page', pageUrl: POST_URL, extract: '{"lang":"en","articles":[]}' }, role: 'content' },
  'overlay/post': { message: { type: 'overlay/post', token: TOKEN }, role: 'overlay' },
};

const hostileNumber = fc.constantFrom(...HOSTILE_NUMBERS);
/** Anything that is not a string: what a field typed as a string must refuse. */
const notAString = fc.oneof(fc.constantFrom(...HOSTILE_NUMBERS.filter((n) => typeof n !== 'string')), fc.constantFrom(null, true, [], {}, DEEPLY_NESTED, [HUGE_TEXT]), fc.object());
const tooLong = (max: number) => fc.oneof(fc.constant(HUGE_TEXT), fc.string({ minLength: max + 1, maxLength: max + 40 }));

/** For each field of each body: values its schema refuses. A missing field is tried too. */
const INVALID_FIELDS: Record<string, Record<string, fc.Arbitrary<unknown>>> = {
  'snapshot/submit': { pageUrl: fc.oneof(notAString, tooLong(2048)) },
  'capture/read': { pageUrl: fc.oneof(notAString, tooLong(2048)), text: notAString },
  'post/read-capture': { pageUrl: fc.oneof(notAString, tooLong(2048)), text: fc.oneof(notAString, fc.constant('x'.repeat(MAX_CAPTURE_CHARS + 1))) },
  'post/read-page': { pageUrl: fc.oneof(notAString, tooLong(2048)), extract: fc.oneof(notAString, fc.constant('x'.repeat(MAX_PAGE_DATA_CHARS + 1))) },
  'page/unreadable': {
    pageUrl: fc.oneof(notAString, tooLong(2048)),
    platform: fc.oneof(notAString, fc.constantFrom('myspace', 'Instagram', 'instagram ', '__proto__', 'constructor')),
    reason: fc.oneof(notAString, fc.constantFrom('boom', 'invalid-data', 'toString', '__proto__')),
    tried: fc.oneof(
      notAString,
      fc.string(),
      fc.array(fc.string({ maxLength: 5 }), { minLength: 51, maxLength: 60 }),
      fc.constant([HUGE_TEXT]),
      fc.array(notAString, { minLength: 1, maxLength: 3 }),
    ),
  },
  'page/loading': { pageUrl: fc.oneof(notAString, tooLong(2048)) },
  'overlay/connect': { token: fc.oneof(notAString, tooLong(32), fc.constantFrom('', 'G'.repeat(32), TOKEN.toUpperCase())) },
  'overlay/state': { token: fc.oneof(notAString, tooLong(32), fc.constant('')) },
  'overlay/shortlist': { key: fc.oneof(notAString, tooLong(200)) },
  'overlay/save': { key: fc.oneof(notAString, tooLong(200)) },
  'overlay/brief': { briefId: fc.oneof(notAString, tooLong(64), fc.constant('')) },
  // 10^15 is a well-formed (if unlikely) tab id: only ill-formed ones here.
  'tab/state': { tabId: fc.oneof(hostileNumber.filter((n) => n !== 1e15), fc.constantFrom(null, '7', [7], { valueOf: () => 7 }, DEEPLY_NESTED)) },
  'tab/save': { tabId: fc.oneof(hostileNumber.filter((n) => n !== 1e15), fc.constantFrom(null, '7')), key: fc.oneof(notAString, tooLong(200)) },
  'post/submit': {
    pageUrl: fc.oneof(notAString, tooLong(2048)),
    from: fc.oneof(notAString, fc.constantFrom('', 'Page', 'dom', '__proto__')),
    reading: fc.oneof(
      notAString,
      fc.constant(DEEPLY_NESTED),
      fc.constant({ ...validReading, platform: 'myspace' }),
      fc.constant({ ...validReading, postId: HUGE_TEXT }),
      fc.constant({ ...validReading, comments: Array.from({ length: 201 }, (_, i) => ({ ...validReading.comments[0], id: `c${i}` })) }),
      fc.constant({ ...validReading, comments: [{ ...validReading.comments[0], text: HUGE_TEXT }] }),
      fc.constant({ ...validReading, comments: [{ ...validReading.comments[0], likes: -1 }] }),
      fc.constant({ ...validReading, author: { ...validReading.author, handle: HUGE_TEXT } }),
    ),
  },
  'overlay/post': { token: fc.oneof(notAString, tooLong(32), fc.constant('')) },
};

/** A known type with one field of its body broken or missing. */
const mutatedBody = fc.constantFrom(...Object.keys(INVALID_FIELDS)).chain((type) => {
  const fields = INVALID_FIELDS[type]!;
  return fc.constantFrom(...Object.keys(fields)).chain((field) =>
    fc.oneof(fields[field]!.map((value) => ({ value, drop: false })), fc.constant({ value: undefined, drop: true })).map(({ value, drop }) => {
      const message: Record<string, unknown> = { ...VALID[type]!.message };
      if (drop) delete message[field];
      else message[field] = value;
      return message;
    }),
  );
});

/** A near miss of a known type: case, white space, a look-alike character, a prefix. */
const mutatedType = fc
  .record({
    type: fc.constantFrom(...TYPES),
    how: fc.constantFrom<(t: string) => string>(
      (t) => t.toUpperCase(),
      (t) => ` ${t}`,
      (t) => `${t}\u0000`,
      (t) => t.replace('/', '\u2215'),
      (t) => t.replace('a', '\u0430'),
      (t) => `shortlist/${t}`,
      (t) => t.split('/').reverse().join('/'),
    ),
  })
  // A look-alike that changes nothing ("post/submit" has no "a" to swap) is no near miss.
  .filter(({ type, how }) => how(type) !== type)
  .map(({ type, how }) => ({ ...VALID[type]!.message, type: how(type) }));

const junk = fc.oneof(
  fc.anything(),
  fc.jsonValue(),
  fc.constantFrom(DEEPLY_NESTED, HUGE_TEXT, { type: HUGE_TEXT }, { type: DEEPLY_NESTED }, { type: ['page/left'] }, { type: null }, [{ type: 'page/left' }]),
  fc.record({ type: fc.string(), pageUrl: fc.string(), tabId: hostileNumber }),
  fc.constantFrom(...POLLUTION_KEYS).map((key) => withPollutionKeys({ type: key })),
);

/** A snapshot/submit whose envelope is valid but whose snapshot breaks the contract somewhere. */
type Mutation = (snapshot: typeof validSnapshot) => unknown;
const set =
  (apply: (s: Record<string, Record<string, unknown>>) => void): Mutation =>
  (snapshot) => {
    const copy = structuredClone(snapshot) as unknown as Record<string, Record<string, unknown>>;
    apply(copy);
    return copy;
  };
const creatorCount = fc.constantFrom('followers', 'following', 'postsCount', 'totalLikes');
const postCount = fc.constantFrom('likes', 'comments', 'views', 'shares', 'saves');
const snapshotMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(creatorCount, hostileNumber).map(([key, value]) => set((s) => void (s.creator![key] = value))),
  fc.tuple(postCount, hostileNumber).map(([key, value]) => set((s) => void ((s.posts as unknown as Array<Record<string, unknown>>)[0]![key] = value))),
  fc
    .constantFrom('', 'CelebFace', '@celebface', 'celeb face', 'a'.repeat(65), '<script>alert(1)</script>', HUGE_TEXT)
    .map((handle) => set((s) => void (s.creator!.handle = handle))),
  fc.constantFrom<[string, unknown]>(
    ['bio', HUGE_TEXT],
    ['displayName', 'x'.repeat(201)],
    ['platform', 'myspace'],
    ['profileUrl', 'javascript:alert(1)'],
    ['links', ['javascript:alert(1)']],
    ['capturedAt', 'yesterday'],
    ['verified', 'yes'],
    ['provenance', { followers: { source: 'gut-feeling', exact: true, via: '' } }],
  ).map(([key, value]) => set((s) => void (s.creator![key] = value))),
  fc.constantFrom<Mutation>(
    () => DEEPLY_NESTED,
    set((s) => void (s.creator = DEEPLY_NESTED as Record<string, unknown>)),
    set((s) => void (s.posts = DEEPLY_NESTED as Record<string, unknown>)),
    set((s) => void ((s.posts as unknown as Array<Record<string, unknown>>)[0]!.caption = HUGE_TEXT)),
    set((s) => void (s.posts = Array.from({ length: 201 }, () => s.posts![0]) as unknown as Record<string, unknown>)),
    set((s) => void (s.sources = [HUGE_TEXT] as unknown as Record<string, unknown>)),
    () => withPollutionKeys({}),
    (snapshot) => withPollutionKeys({ creator: withPollutionKeys({ ...snapshot.creator, followers: -1 }) }),
  ),
  fc.anything().map((value): Mutation => () => value),
);
const badSnapshot = snapshotMutation.map((mutate) => ({ type: 'snapshot/submit', pageUrl: PAGE_URL, snapshot: mutate(validSnapshot) }));

// ---------------------------------------------------------------- cases

interface Case {
  kind: string;
  message: unknown;
  sender: TaggedSender;
  /** The only codes the router may answer with. */
  expected: readonly ErrorCode[];
}

function knownType(message: unknown): boolean {
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  return (TYPES as readonly unknown[]).includes(type);
}

const invalidMessageCase = fc.tuple(fc.oneof(mutatedBody, mutatedType, junk), anySender).map(
  ([message, sender]): Case => ({
    kind: 'invalid message',
    message,
    sender,
    // Who is asking is checked before what: a stranger learns nothing about our protocol.
    expected: sender.role === null ? ['forbidden'] : [knownType(message) ? 'bad-request' : 'unknown-type'],
  }),
);

const wrongSenderCase = fc
  .tuple(fc.constantFrom(...TYPES), anySender)
  .filter(([type, sender]) => sender.role !== VALID[type]!.role)
  .map(([type, sender]): Case => ({ kind: 'valid message, wrong sender', message: structuredClone(VALID[type]!.message), sender, expected: ['forbidden'] }));

const badSnapshotCase = fc.tuple(badSnapshot, anySender).map(
  ([message, sender]): Case => ({
    kind: 'snapshot breaking the contract',
    message,
    sender,
    expected: sender.role === 'content' ? ['invalid-data'] : ['forbidden'],
  }),
);

const anyCase = fc.oneof(invalidMessageCase, wrongSenderCase, badSnapshotCase);

describe('background router under 10,000 hostile messages', () => {
  it('knows a valid message and its sender for every type of the protocol', () => {
    expect(Object.keys(VALID).sort()).toEqual([...TYPES].sort());
  });

  it('always answers a typed error, never throws, never writes and never vets', async () => {
    const { route, session, vetCalls } = setup();
    const seen = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(anyCase, async ({ kind, message, sender, expected }) => {
        seen.set(kind, (seen.get(kind) ?? 0) + 1);
        const response = await route(message, sender.sender);
        expect(response.ok).toBe(false);
        if (response.ok) return;
        expect(Object.keys(response).sort()).toEqual(['error', 'ok']);
        expect(ERROR_CODES).toContain(response.error.code);
        expect(typeof response.error.message).toBe('string');
        // Echoing a hostile input back would make the error itself a carrier.
        expect(response.error.message.length).toBeLessThan(2_000);
        expect(expected).toContain(response.error.code);
        expect(session.writes).toEqual([]);
        expect(vetCalls()).toBe(0);
      }),
      { numRuns: 10_000, seed: 20261122 },
    );
    expect(prototypeIsPolluted()).toBe(false);
    // Each family of hostile input was actually exercised, not just one.
    for (const kind of ['invalid message', 'valid message, wrong sender', 'snapshot breaking the contract']) expect(seen.get(kind) ?? 0).toBeGreaterThan(1_000);
  }, 30_000);

  it('writes for a valid message from the right sender (the harness can see a write)', async () => {
    const { route, session, vetCalls } = setup();
    const sender: SenderInfo = { id: ID, url: PAGE_URL, tab: { id: 7, url: PAGE_URL }, frameId: 0 };
    expect(await route(VALID['page/loading']!.message, sender)).toEqual({ ok: true });
    expect(await route(VALID['snapshot/submit']!.message, sender)).toEqual({ ok: true });
    expect(session.writes.filter((key) => key.startsWith('tab:'))).toEqual(['tab:7', 'tab:7']);
    expect(vetCalls()).toBe(1);
  });

  it('a valid message carrying __proto__/constructor keys pollutes nothing and stores none of them', async () => {
    const { route, session } = setup();
    const sender: SenderInfo = { id: ID, url: PAGE_URL, tab: { id: 7, url: PAGE_URL }, frameId: 0 };
    const snapshot = withPollutionKeys({ ...validSnapshot, creator: withPollutionKeys(validSnapshot.creator) });
    const response = await route(withPollutionKeys({ type: 'snapshot/submit', pageUrl: PAGE_URL, snapshot }), sender);
    expect(response).toMatchObject({ ok: true });
    expect(prototypeIsPolluted()).toBe(false);
    const stored = session.data.get('tab:7') as { report: { snapshot: { creator: object } } };
    expect(Object.keys(stored.report.snapshot.creator)).not.toContain('__proto__');
    expect(Object.keys(stored.report.snapshot.creator)).not.toContain('constructor');
    expect(Object.getPrototypeOf(stored.report.snapshot.creator)).toBe(Object.prototype);
  });
});
