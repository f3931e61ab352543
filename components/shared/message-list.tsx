export interface Notice {
  id: number;
  kind: 'error' | 'info';
  text: string;
  /** Lines under the message, e.g. an import's row errors. */
  details?: string[];
}

/**
 * Messages the page must not let the user miss. Errors are announced (role="alert"); they stay until
 * dismissed, since "nothing was saved" is not something to show for three seconds.
 */
export function MessageList({ notices, onDismiss }: { notices: readonly Notice[]; onDismiss: (id: number) => void }) {
  if (!notices.length) return null;
  return (
    <div className="notices">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice--${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'} data-testid="notice">
          <p>{n.text}</p>
          {n.details?.length ? (
            <ul className="notice-details">
              {n.details.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          ) : null}
          <button type="button" className="link-button" onClick={() => onDismiss(n.id)} aria-label={`Dismiss: ${n.text}`}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
