/**
 * Where Instagram keeps a post's owner and comments: the `shortcode_media` node of a post page
 * (`_sharedData` PostPage ≤ 2022, `?__a=1` answer 2025-02) and its comment edges. Dated and checked
 * against tests/fixtures/instagram/ like ../paths.ts.
 */
import type { PagePath } from '../../page-path';

export const IG_POST_MEDIA = {
  /** The 2026 GraphQL answer of a post page. */
  xdtMedia: { path: ['data', 'xdt_shortcode_media'], unverified: '[S] 2026-06 scrapfly-scrapers instagram.py parse_post reads data.xdt_shortcode_media (a derived copy with renamed keys is in shared/fixtures/real)' },
  owner: { path: ['owner'], seen: '2025-02', fixture: '2025-02_reel_a1-json_graphql-shortcode-media-comments_ones_makau.json' },
  ownerId: { path: ['owner', 'id'], seen: '2025-02', fixture: '2025-02_reel_a1-json_graphql-shortcode-media-comments_ones_makau.json' },
  ownerName: { path: ['owner', 'full_name'], seen: '2021-10', fixture: '2021-10_post_html_sharedData_logged-out_tesla.html' },
  ownerVerified: { path: ['owner', 'is_verified'], seen: '2025-02', fixture: '2025-02_reel_a1-json_graphql-shortcode-media-comments_ones_makau.json' },
  ownerFollowers: { path: ['owner', 'edge_followed_by', 'count'], seen: '2025-02', fixture: '2025-02_reel_a1-json_graphql-shortcode-media-comments_ones_makau.json' },
  comments: { path: ['edge_media_to_parent_comment', 'edges'], seen: '2025-02', fixture: '2025-02_reel_a1-json_graphql-shortcode-media-comments_ones_makau.json' },
  /** Pinned comments sit apart (empty in the saved answer). */
  hoistedComments: { path: ['edge_media_to_hoisted_comment', 'edges'], seen: '2025-02', fixture: '2025-02_reel_a1-json_graphql-shortcode-media-comments_ones_makau.json' },
} as const satisfies Record<string, PagePath>;

/** One comment node (`edges[].node`). */
export const IG_COMMENT = {
  id: { path: ['id'], seen: '2025-02', fixture: '2025-02_reel_a1-json_graphql-shortcode-media-comments_ones_makau.json' },
  text: { path: ['text'], seen: '2025-02', fixture: '2025-02_reel_a1-json_graphql-shortcode-media-comments_ones_makau.json' },
  created: { path: ['created_at'], seen: '2025-02', fixture: '2025-02_reel_a1-json_graphql-shortcode-media-comments_ones_makau.json' },
  ownerId: { path: ['owner', 'id'], seen: '2025-02', fixture: '2025-02_reel_a1-json_graphql-shortcode-media-comments_ones_makau.json' },
  ownerName: { path: ['owner', 'username'], seen: '2025-02', fixture: '2025-02_reel_a1-json_graphql-shortcode-media-comments_ones_makau.json' },
  likes: { path: ['edge_liked_by', 'count'], seen: '2025-02', fixture: '2025-02_reel_a1-json_graphql-shortcode-media-comments_ones_makau.json' },
  replies: { path: ['edge_threaded_comments', 'count'], seen: '2025-02', fixture: '2025-02_reel_a1-json_graphql-shortcode-media-comments_ones_makau.json' },
  replyEdges: { path: ['edge_threaded_comments', 'edges'], seen: '2025-02', fixture: '2025-02_reel_a1-json_graphql-shortcode-media-comments_ones_makau.json' },
} as const satisfies Record<string, PagePath>;
