import { createRoot } from 'react-dom/client';
import { PostConnector } from './post-connector';

/** The post page's overlay, loaded only on post pages. */
export function mountPostView(root: HTMLElement): void {
  createRoot(root).render(<PostConnector />);
}
