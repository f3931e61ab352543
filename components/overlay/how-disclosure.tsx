import type { Post } from '../../lib/contracts/creator';
import { SafeLink } from './safe-link';

export interface HowProps {
  /** What the figure is, for the disclosure's accessible name ("How is … computed?"). */
  what: string;
  formula: string;
  /** The posts the figure used, by id; looked up in `posts` for links and dates. */
  postIds?: readonly string[];
  posts?: ReadonlyMap<string, Post>;
}

/** A small "how?" next to a figure: its formula and the posts it was computed from. */
export function HowDisclosure({ what, formula, postIds, posts }: HowProps) {
  return (
    <details className="how" data-testid="how" data-what={what}>
      <summary aria-label={`How is ${what} computed?`}>how?</summary>
      <div className="how-body">
        <p className="formula" data-testid="how-formula">
          {formula}
        </p>
        {postIds && (
          <PostRefs ids={postIds} posts={posts} />
        )}
      </div>
    </details>
  );
}

function PostRefs({ ids, posts }: { ids: readonly string[]; posts?: ReadonlyMap<string, Post> | undefined }) {
  if (ids.length === 0) return <p className="muted">No posts entered this figure.</p>;
  return (
    <div className="post-refs">
      <span className="muted">{ids.length === 1 ? '1 post:' : `${ids.length} posts:`}</span>
      <ul data-testid="how-posts">
        {ids.map((id) => {
          const post = posts?.get(id);
          const label = post?.publishedAt ? `${id} (${post.publishedAt.slice(0, 10)})` : id;
          return <li key={id} data-post-id={id}>{post?.url ? <SafeLink href={post.url}>{label}</SafeLink> : label}</li>;
        })}
      </ul>
    </div>
  );
}
