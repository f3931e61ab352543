import type { PostMultiple, PostView, SponsoredRatio } from '../../lib/contracts/post-view';
import { formatCount, formatDecimal } from '../../lib/format/format';
import { DragHandle } from './drag-handle';
import type { MoveControl } from './overlay-model';
import { SafeLink } from './safe-link';

/** What the overlay on a post page has to show: still asking, the post's view, or why not. */
export type PostInput = { kind: 'connecting' } | { kind: 'view'; view: PostView } | { kind: 'error'; message: string };

/** "2.3× median interactions", with the two numbers behind it for whoever hovers; the reason when there is no multiple. */
function MultipleLine({ label, value, testId }: { label: string; value: PostMultiple; testId: string }) {
  if (value.multiple === null) {
    return (
      <li data-testid={testId} data-value="">
        <span className="muted">{label}: </span>
        {value.reason ?? 'not measured'}
      </li>
    );
  }
  return (
    <li data-testid={testId} data-value={value.multiple} title={`This post ${formatCount(value.post)}; median ${formatCount(value.median)} over ${value.postsUsed} recent posts`}>
      <strong>{formatDecimal(value.multiple)}×</strong> median {label}
    </li>
  );
}

function SponsoredLine({ ratio }: { ratio: SponsoredRatio }) {
  if (ratio.ratio === null) {
    return (
      <li data-testid="post-sponsored" data-value="">
        <span className="muted">Sponsored posts: </span>
        {ratio.reason ?? 'not measured'}
      </li>
    );
  }
  return (
    <li data-testid="post-sponsored" data-value={ratio.ratio} title={`Median interactions of ${ratio.sponsoredPosts} sponsored vs ${ratio.organicPosts} organic posts`}>
      Sponsored posts get <strong>{formatDecimal(ratio.ratio)}×</strong> the interactions of organic ones
    </li>
  );
}

/**
 * The overlay on a post page: the creator's verdict from their last vetting and how this post
 * compares with their median, or, when their profile was never opened, a plain request to open
 * it. The profile link opens a new tab, like every link of the overlay: the frame never navigates.
 */
export function PostCompare({ loaded, move }: { loaded: PostInput; move: MoveControl }) {
  if (loaded.kind === 'connecting') {
    return (
      <section className="badge" data-testid="overlay-badge" data-state="loading" role="status" aria-busy="true">
        <span className="spinner" aria-hidden="true" /> <strong>Vetted</strong> <span className="muted">reading this post…</span>
      </section>
    );
  }
  if (loaded.kind === 'error') {
    return (
      <section className="badge badge--error" data-testid="overlay-badge" data-state="error" role="status">
        <strong>Vetted</strong> can't compare this post: {loaded.message}
      </section>
    );
  }
  const { creator, verdict, profileUrl, post, interactions, views, sponsoredVsOrganic } = loaded.view;
  const handle = `@${creator.handle}`;
  return (
    <section
      className={`badge post-compare verdict--${verdict?.verdict ?? 'none'}`}
      data-testid="overlay-post"
      data-state="ready"
      data-key={`${creator.platform}:${creator.handle}`}
      aria-label={`Vetted: this post by ${handle}`}
    >
      <DragHandle move={move} />
      <div className="post-compare-body">
        <p className="post-compare-head">
          {verdict ? (
            <strong className="verdict" data-testid="overlay-verdict" data-verdict={verdict.verdict}>
              {verdict.summary}
            </strong>
          ) : (
            <strong data-testid="overlay-verdict" data-verdict="none">
              Not vetted yet
            </strong>
          )}
          {' · '}
          <span data-testid="overlay-handle">{handle}</span>
          {post.sponsored ? <span className="muted"> · sponsored post</span> : null}
        </p>
        {verdict ? (
          <ul className="post-compare-figures" aria-label={`This post vs ${handle}'s median`} data-testid="post-vs-median">
            <MultipleLine label="interactions" value={interactions} testId="post-interactions" />
            <MultipleLine label="views" value={views} testId="post-views" />
            {sponsoredVsOrganic ? <SponsoredLine ratio={sponsoredVsOrganic} /> : null}
          </ul>
        ) : null}
        <p className="post-compare-link" data-testid="post-open-profile">
          <SafeLink href={profileUrl}>{verdict ? `Open ${handle}'s report` : `Open ${handle}'s profile to compare this post`}</SafeLink>
        </p>
      </div>
    </section>
  );
}
