import type { ReactNode } from 'react';

/** The URL if it is http(s), else null: a page's `javascript:` or `data:` link never becomes clickable. */
export function httpUrl(raw: string): string | null {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

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
