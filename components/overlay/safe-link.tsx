import type { ReactNode } from 'react';
import { httpUrl } from '../shared/http-url';

/** A link the page gave us: opened in a new tab without an opener or referrer, or plain text when not http(s). */
export function SafeLink({ href, children }: { href: string; children?: ReactNode }) {
  const url = httpUrl(href);
  const text = children ?? href;
  if (!url) return <span className="link-text">{text}</span>;
  return (
    <a href={url} rel="noopener noreferrer" target="_blank">
      {text}
    </a>
  );
}
