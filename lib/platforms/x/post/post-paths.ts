/**
 * Where X keeps a post's conversation: the `TweetDetail` GraphQL answer a status page fetches.
 * Tweets inside it have the timeline shape (../paths.ts X_GRAPHQL); dated and checked against
 * tests/fixtures/x/ like ../paths.ts.
 */
import type { PagePath, Selector } from '../../page-path';

export const TWEET_DETAIL = {
  instructions: { path: ['data', 'threaded_conversation_with_injections_v2', 'instructions'], seen: '2026-08', fixture: '2026-08_graphql_TweetDetail_threaded-conversation_no-user-legacy.json' },
  /** Which post a reply answers: the focal post, or another reply (a thread). */
  inReplyTo: { path: ['legacy', 'in_reply_to_status_id_str'], seen: '2025-03', fixture: '2025-03_graphql_TweetDetail_threaded-conversation_legacy-users.json' },
} as const satisfies Record<string, PagePath>;

/** The focal post's author box on a rendered status page. */
export const X_STATUS_DOM = {
  /** Display name, then "@BigTechAlert". */
  author: { path: 'article[data-testid="tweet"] [data-testid="User-Name"]', seen: '2025-11', fixture: '2025-11_status_rendered-dom_en-GB_bigtechalert.html' },
  verified: { path: '[data-testid="icon-verified"]', seen: '2025-11', fixture: '2025-11_status_rendered-dom_en-GB_bigtechalert.html' },
} as const satisfies Record<string, Selector>;
