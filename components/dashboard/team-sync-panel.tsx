import { useState, type FormEvent } from 'react';
import type { SyncStatus } from '../../lib/sync/sync-settings';
import { SyncIndicator } from '../shared/sync-indicator';

/** What the panel shows of the stored settings: never the password. */
export interface TeamSyncShown {
  url: string;
  user: string;
}

export interface TeamSyncActions {
  /** Asks the browser for the server's origin, then stores the settings; resolves to a reason when it did not. */
  turnOn(input: { url: string; user: string; password: string }): Promise<string | null>;
  turnOff(): Promise<void>;
}

/**
 * "Team sync": the team's CouchDB database, a user and a password. Off by default. Turning it on
 * asks the browser for that one server; turning it off gives the permission back.
 */
export function TeamSyncPanel({ settings, status, actions }: { settings: TeamSyncShown | null; status: SyncStatus | null; actions: TeamSyncActions }) {
  const [url, setUrl] = useState(settings?.url ?? '');
  const [user, setUser] = useState(settings?.user ?? '');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const reason = await actions.turnOn({ url, user, password });
      setProblem(reason);
      if (!reason) setPassword('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="team-sync" aria-labelledby="team-sync-heading" data-testid="team-sync">
      <h2 id="team-sync-heading">Team sync</h2>
      <p className="muted">
        Share this shortlist with your team through a CouchDB server you run. With sync on, the shortlist (creators, their reports, notes and
        briefs) is copied to that server and nothing else leaves the browser. The password is kept in this browser only and never exported.
      </p>
      <SyncIndicator status={status} />
      {settings ? (
        <p data-testid="team-sync-current">
          Syncing with <strong>{settings.url}</strong> as <strong>{settings.user}</strong>.
        </p>
      ) : null}
      <form onSubmit={(e) => void submit(e)} className="team-sync-form">
        <label>
          Database address
          <input type="url" required placeholder="https://couch.example.com/shortlist" value={url} onChange={(e) => setUrl(e.target.value)} name="sync-url" />
        </label>
        <label>
          User name
          <input type="text" required autoComplete="username" value={user} onChange={(e) => setUser(e.target.value)} name="sync-user" />
        </label>
        <label>
          Password
          <input type="password" required autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} name="sync-password" />
        </label>
        {problem ? (
          <p className="notice notice--error" role="alert" data-testid="team-sync-problem">
            {problem}
          </p>
        ) : null}
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy}>
            {settings ? 'Save and reconnect' : 'Turn on sync'}
          </button>
          {settings ? (
            <button type="button" disabled={busy} onClick={() => void actions.turnOff()}>
              Turn off sync
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
