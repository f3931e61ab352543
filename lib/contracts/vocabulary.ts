/**
 * The contracts' fixed word lists, without zod: content scripts import these, and zod would
 * multiply their bundle size (the schemas that use them live in creator.ts).
 */
export const PLATFORMS = ['instagram', 'tiktok', 'youtube', 'x'] as const;
export const CREATOR_COUNTS = ['followers', 'following', 'postsCount', 'totalLikes'] as const;
export const POST_KINDS = ['image', 'video', 'carousel', 'short', 'live', 'text'] as const;
export const DATE_PRECISIONS = ['exact', 'minute', 'hour', 'day', 'week', 'month', 'year'] as const;
export const POST_COUNTS = ['likes', 'comments', 'views', 'shares', 'saves'] as const;
/**
 * What order a page's posts are in: the creator's latest posts newest first, or a selection the
 * platform picked ("popular", e.g. a logged-out X profile). Cadence and recency need 'latest'.
 */
export const POST_ORDERS = ['latest', 'popular'] as const;
/** A creator's fit to a brief (lib/scoring/fit.ts): a fit of some strength, outside the brief, or too little to judge. */
export const FIT_VERDICTS = ['strong', 'possible', 'weak', 'outside-brief', 'insufficient-evidence'] as const;
