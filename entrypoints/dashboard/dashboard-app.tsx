import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CampaignBrief } from '../../lib/contracts/brief';
import type { EntryChange, HistoryPoint, ShortlistEntry, ShortlistStatus, ShortlistSummary } from '../../lib/contracts/shortlist-entry';
import { exportCsv } from '../../lib/shortlist-view/export-csv';
import { errorText } from '../../lib/shortlist-view/error-text';
import { DEFAULT_SORT, filterRows, NO_FILTERS, sortRows, tagsInUse, toggleSort, type ShortlistFilters, type SortOrder } from '../../lib/shortlist-view/filter-sort';
import type { ImportableFile } from '../../lib/shortlist-view/importable-file';
import type { OnExisting, ShortlistPort } from '../../lib/contracts/shortlist-store';
import { STATUS_LABELS } from '../../lib/shortlist-view/status-counts';
import { parseTagInput, tagChanges } from '../../lib/shortlist-view/tag-input';
import { normalizePromoCode, normalizeTrackingLink } from '../../lib/shortlist-view/tracking-input';
import { applyUndo, peekUndo, popUndo, pushUndo, type UndoStack } from '../../lib/shortlist-view/undo-stack';
import { summaryOf, toViewRow } from '../../lib/shortlist-view/view-row';
import { MessageList } from '../../components/shared/message-list';
import { useNotices } from '../../components/shared/use-notices';
import type { RevealRequest } from '../../components/shared/virtual-list';
import { BriefPanel } from '../../components/dashboard/brief-panel';
import { BulkBar } from '../../components/dashboard/bulk-bar';
import { CompareView, COMPARE_MAX, COMPARE_MIN } from '../../components/dashboard/compare-view';
import { CreatorDetails } from '../../components/dashboard/creator-details';
import type { DashboardServices } from './dashboard-services';
import { DataPanel } from '../../components/dashboard/data-panel';
import { FilterBar } from '../../components/dashboard/filter-bar';
import { ShortlistTable } from '../../components/dashboard/shortlist-table';
import { StorageStatus } from '../../components/dashboard/storage-status';
import { UndoBar } from '../../components/dashboard/undo-bar';
import { useShortlistData } from './use-shortlist-data';
import { useTeamSync } from '../../lib/runtime/use-team-sync';
import { TeamSyncPanel } from '../../components/dashboard/team-sync-panel';
import { SyncIndicator } from '../../components/shared/sync-indicator';

type Section = 'table' | 'compare' | 'briefs' | 'data' | 'sync';
const SECTIONS: ReadonlyArray<readonly [Section, string]> = [
  ['table', 'Shortlist'],
  ['compare', 'Compare'],
  ['briefs', 'Briefs'],
  ['data', 'Import & export'],
  ['sync', 'Team sync'],
];

const plural = (n: number, one: string) => `${n.toLocaleString('en')} ${one}${n === 1 ? '' : 's'}`;

/**
 * The shortlist dashboard. Storage comes in through `services`; `focusKey` (from `#key=` in the URL)
 * scrolls to one creator and highlights it.
 */
export function DashboardApp({ services, focusKey = null }: { services: DashboardServices; focusKey?: string | null }) {
  const { notices, report, dismiss } = useNotices();
  const onError = useCallback((message: string) => report('error', message), [report]);
  const data = useShortlistData(services, onError);
  const teamSync = useTeamSync(services.teamSync);
  const { entries, shortlist, reloadEntries, reloadStats, reloadBriefs, replaceEntry } = data;

  const [section, setSection] = useState<Section>('table');
  const [filters, setFilters] = useState<ShortlistFilters>(NO_FILTERS);
  const [sort, setSort] = useState<SortOrder>(DEFAULT_SORT);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [undo, setUndo] = useState<UndoStack>([]);
  const [busy, setBusy] = useState(false);
  const [detailsKey, setDetailsKey] = useState<string | null>(null);
  const [highlightKey, setHighlightKey] = useState<string | null>(null);
  const [reveal, setReveal] = useState<RevealRequest | null>(null);
  const pendingReveal = useRef<string | null>(null);
  const [histories, setHistories] = useState<ReadonlyMap<string, readonly HistoryPoint[]> | null>(null);
  const [compared, setCompared] = useState<ShortlistEntry[] | null>(null);

  const rows = useMemo(() => (entries ?? []).map(toViewRow), [entries]);
  const filtered = useMemo(() => filterRows(rows, filters), [rows, filters]);
  const sorted = useMemo(() => sortRows(filtered, sort), [filtered, sort]);
  const tags = useMemo(() => tagsInUse(rows), [rows]);
  const briefNames = useMemo(() => new Map(data.briefs.map((b) => [b.id, b.name])), [data.briefs]);
  const byKey = useMemo(() => new Map((entries ?? []).map((e) => [e.key, e])), [entries]);

  // #key=…: show that creator, even if the current filters hide it.
  useEffect(() => {
    if (!focusKey || entries === null) return;
    if (!entries.some((e) => e.key === focusKey)) {
      report('info', `${focusKey} is not on your shortlist.`);
      return;
    }
    setSection('table');
    setFilters((f) => (filterRows([toViewRow(entries.find((e) => e.key === focusKey) as ShortlistSummary)], f).length ? f : NO_FILTERS));
    setHighlightKey(focusKey);
    setDetailsKey(focusKey);
    pendingReveal.current = focusKey;
    // Only when the key changes or the list first arrives, not on every edit.
  }, [focusKey, entries === null]);

  useEffect(() => {
    const key = pendingReveal.current;
    if (!key) return;
    const index = sorted.findIndex((r) => r.key === key);
    if (index === -1) return;
    pendingReveal.current = null;
    setReveal({ index, token: Date.now() });
  }, [sorted]);

  /** Run a change against the store; a failure is shown and nothing else happens (the store wrote nothing). */
  const change = useCallback(
    async <T,>(run: (s: ShortlistPort) => Promise<T>): Promise<{ ok: true; value: T } | { ok: false }> => {
      if (!shortlist) return { ok: false };
      setBusy(true);
      try {
        return { ok: true, value: await run(shortlist) };
      } catch (error) {
        report('error', errorText(error));
        return { ok: false };
      } finally {
        setBusy(false);
      }
    },
    [shortlist, report],
  );

  // The entries as shown, read when an edit is made (not a dependency: rows keep their callbacks).
  const shown = useRef(byKey);
  useEffect(() => {
    shown.current = byKey;
  }, [byKey]);

  /** One creator's change, refused if the creator was written elsewhere after this page showed it. */
  const patch = useCallback(
    async (key: string, p: EntryChange): Promise<boolean> => {
      const before = shown.current.get(key);
      const result = before ? await change((s) => s.edit(key, p, { now: services.now(), ifUpdatedAt: before.updatedAt })) : null;
      if (result && !result.ok) return false;
      const outcome = result?.value ?? { kind: 'missing' as const };
      if (outcome.kind === 'missing') {
        report('error', 'This creator is no longer on the shortlist (deleted in another tab?).');
        void reloadEntries();
        return false;
      }
      if (outcome.entry) replaceEntry(summaryOf(outcome.entry));
      else void reloadEntries();
      if (outcome.kind === 'stale') {
        report('error', `@${before?.handle ?? key} was changed elsewhere (the overlay, another tab or a teammate) after this page showed it, so your change was not saved. The current version is shown now: make your change again if it still applies.`);
        return false;
      }
      void reloadStats();
      return true;
    },
    [change, services, replaceEntry, reloadEntries, reloadStats, report],
  );

  const rowActions = useMemo(
    () => ({
      onSelect: (key: string, on: boolean) =>
        setSelected((current) => {
          const next = new Set(current);
          if (on) next.add(key);
          else next.delete(key);
          return next;
        }),
      onStatus: (key: string, status: ShortlistStatus) => void patch(key, { status }),
      // Sent as what the user added and removed, so a tag another page added meanwhile is kept.
      onTags: async (key: string, text: string, startedFrom?: string) => {
        const before = startedFrom === undefined ? (shown.current.get(key)?.tags ?? []) : parseTagInput(startedFrom);
        const { addTags, removeTags } = tagChanges(before, parseTagInput(text));
        return addTags.length + removeTags.length === 0 || patch(key, { addTags, removeTags });
      },
      onNotes: (key: string, text: string) => patch(key, { notes: text }),
      onDetails: (key: string) => setDetailsKey(key),
    }),
    [patch],
  );

  const afterBulk = async () => {
    await reloadEntries();
    await reloadStats();
  };

  const selectedKeys = useMemo(() => sorted.filter((r) => selected.has(r.key)).map((r) => r.key), [sorted, selected]);
  // Selected creators the filters now hide still count: the bar says how many it will change.
  const selectedAll = useMemo(() => [...selected].filter((k) => byKey.has(k)), [selected, byKey]);

  const bulkStatus = async (status: ShortlistStatus) => {
    const previous = selectedAll.map((key) => ({ key, status: (byKey.get(key) as ShortlistSummary).status }));
    const result = await change((s) => s.bulkUpdate(selectedAll, { status }, services.now()));
    if (result.ok) setUndo((u) => pushUndo(u, { kind: 'status', label: `Set ${plural(result.value, 'creator')} to ${STATUS_LABELS[status]}.`, previous }));
    await afterBulk();
  };
  const bulkTag = async (tag: string, add: boolean) => {
    const has = (key: string) => (byKey.get(key)?.tags ?? []).some((t) => t.toLowerCase() === tag.toLowerCase());
    const keys = selectedAll.filter((k) => (add ? !has(k) : has(k)));
    if (keys.length === 0) return report('info', add ? `Every selected creator already has the tag “${tag}”.` : `No selected creator has the tag “${tag}”.`);
    const result = await change((s) => s.bulkUpdate(keys, add ? { addTags: [tag] } : { removeTags: [tag] }, services.now()));
    if (result.ok) {
      const label = add ? `Tagged ${plural(result.value, 'creator')} “${tag}”.` : `Removed “${tag}” from ${plural(result.value, 'creator')}.`;
      setUndo((u) => pushUndo(u, { kind: add ? 'add-tag' : 'remove-tag', label, tag, keys }));
    }
    await afterBulk();
  };
  const bulkDelete = async () => {
    const result = await change((s) => s.bulkDelete(selectedAll));
    if (result.ok) {
      setUndo((u) => pushUndo(u, { kind: 'delete', label: `Deleted ${plural(result.value.length, 'creator')}.`, removed: result.value }));
      setSelected(new Set());
      if (detailsKey && result.value.some((r) => r.key === detailsKey)) setDetailsKey(null);
    }
    await afterBulk();
  };
  const undoLast = async () => {
    const action = peekUndo(undo);
    if (!action) return;
    const result = await change((s) => applyUndo(s, action, services.now()));
    if (result.ok) setUndo(popUndo);
    await afterBulk();
  };

  const exportFile = async (scope: 'all' | 'filtered', format: 'csv' | 'xlsx' = 'csv') => {
    const summaries = scope === 'all' ? undefined : sorted.map((r) => r.summary);
    await change((s) => exportCsv(s, { format, now: services.now(), download: services.download, ...(summaries ? { summaries } : {}) }));
    void reloadStats();
  };
  const downloadBackup = async () => {
    const result = await change(async (s) => {
      const now = services.now();
      const backup = await services.backup(now);
      services.download(backup.file);
      await s.markExported(now);
      return backup.leftOut;
    });
    if (result.ok && result.value > 0) report('info', `${plural(result.value, 'damaged row')} could not be put in the backup; they stay in the browser untouched.`);
    void reloadStats();
  };
  const importFile = async (file: ImportableFile, onExisting: OnExisting) => {
    const result = await change(() => services.importFile(file, { onExisting, now: services.now() }));
    if (!result.ok) return null;
    if (result.value.ok) {
      await afterBulk();
      await reloadBriefs();
    }
    return result.value;
  };

  // Compare shows report details (the tier band) that summaries leave out: read the 2–4 full entries.
  const comparable = selectedKeys.length >= COMPARE_MIN && selectedKeys.length <= COMPARE_MAX;
  useEffect(() => {
    if (section !== 'compare' || !shortlist || !comparable) return;
    const keys = selectedKeys.slice(0, COMPARE_MAX);
    let alive = true;
    setHistories(null);
    setCompared(null);
    Promise.all(keys.map(async (k) => [k, await shortlist.get(k), await shortlist.history(k)] as const)).then(
      (read) => {
        if (!alive) return;
        setCompared(read.flatMap(([, entry]) => (entry ? [entry] : [])));
        setHistories(new Map(read.map(([k, , history]) => [k, history])));
      },
      (error: unknown) => {
        if (!alive) return;
        report('error', errorText(error));
        setCompared([]);
        setHistories(new Map());
      },
    );
    return () => {
      alive = false;
    };
  }, [section, shortlist, selectedKeys, comparable, report]);

  const detailsEntry = detailsKey ? (byKey.get(detailsKey) ?? null) : null;
  const allShownSelected = sorted.length > 0 && sorted.every((r) => selected.has(r.key));

  return (
    <div className="dashboard">
      <header className="dashboard-header">
        <h1>Vetted shortlist</h1>
        <SyncIndicator status={teamSync?.status ?? null} quietWhenOff />
        <StorageStatus stats={data.stats} storage={data.storage} onExport={() => void exportFile('all')} onBackup={() => void downloadBackup()} />
      </header>
      <nav className="sections" aria-label="Dashboard sections">
        {SECTIONS.map(([id, label]) => (
          <button key={id} type="button" aria-current={section === id ? 'page' : undefined} onClick={() => setSection(id)}>
            {label}
            {id === 'compare' && selectedKeys.length ? ` (${selectedKeys.length})` : ''}
          </button>
        ))}
      </nav>
      <MessageList notices={notices} onDismiss={dismiss} />
      {data.store.kind === 'failed' ? (
        <p className="notice notice--error" role="alert" data-testid="dashboard-store-error">
          {data.store.message}
        </p>
      ) : null}
      {data.problems > 0 ? (
        <p className="notice notice--info" role="status">
          {plural(data.problems, 'saved row')} could not be read in full; Vetted shows what it could and leaves the stored data untouched.
        </p>
      ) : null}
      {section === 'table' ? (
        <main className="table-section">
          <FilterBar filters={filters} tags={tags} briefs={data.briefs} shown={sorted.length} total={rows.length} onChange={setFilters} />
          <BulkBar
            count={selectedAll.length}
            busy={busy}
            actions={{
              onStatus: (s) => void bulkStatus(s),
              onAddTag: (t) => void bulkTag(t, true),
              onRemoveTag: (t) => void bulkTag(t, false),
              onDelete: () => void bulkDelete(),
              onCompare: () => setSection('compare'),
              onClear: () => setSelected(new Set()),
            }}
          />
          {entries === null && data.store.kind !== 'failed' ? (
            <p className="muted">Loading the shortlist…</p>
          ) : (
            <ShortlistTable
              rows={sorted}
              total={rows.length}
              sort={sort}
              selected={selected}
              highlightKey={highlightKey}
              reveal={reveal}
              briefNames={briefNames}
              allSelected={allShownSelected}
              onSelectAll={(on) =>
                setSelected((current) => {
                  const next = new Set(current);
                  for (const r of sorted) if (on) next.add(r.key);
                  else next.delete(r.key);
                  return next;
                })
              }
              onSort={(column) => setSort((s) => toggleSort(s, column))}
              actions={rowActions}
            />
          )}
          <UndoBar action={peekUndo(undo)} busy={busy} onUndo={() => void undoLast()} />
          {detailsEntry ? (
            <CreatorDetails
              entry={detailsEntry}
              copyText={services.copyText}
              actions={{
                onStatus: rowActions.onStatus,
                onTags: rowActions.onTags,
                onNotes: rowActions.onNotes,
                onPromoCode: (key, text) => patch(key, { promoCode: normalizePromoCode(text) }),
                onTrackingLink: (key, text) => patch(key, { trackingLink: normalizeTrackingLink(text) }),
                onClose: () => setDetailsKey(null),
              }}
            />
          ) : null}
        </main>
      ) : null}
      {section === 'compare' ? (
        <main>
          <CompareView
            selected={selectedKeys.length}
            entries={compared}
            histories={histories}
            onClose={() => setSection('table')}
          />
        </main>
      ) : null}
      {section === 'briefs' ? (
        <main>
          <BriefPanel
            briefs={data.briefs}
            activeBriefId={data.activeBriefId}
            actions={{
              save: async (brief: CampaignBrief) => {
                const result = await change((s) => s.briefs.put(brief));
                await reloadBriefs();
                void reloadStats();
                return result.ok;
              },
              setActive: async (id) => {
                const result = await change((s) => s.briefs.setActive(id));
                await reloadBriefs();
                return result.ok;
              },
              newId: services.newId,
              now: services.now,
            }}
          />
        </main>
      ) : null}
      {section === 'data' ? (
        <main>
          <DataPanel
            total={rows.length}
            filtered={sorted.length}
            lastExportAt={data.stats?.lastExportAt ?? null}
            busy={busy || !shortlist}
            actions={{
              exportCsv: (scope) => void exportFile(scope),
              exportXlsx: (scope) => void exportFile(scope, 'xlsx'),
              downloadBackup: () => void downloadBackup(),
              importFile,
              clearBrowsing: async () => {
                const result = await change((s) => s.browsing.clear());
                return result.ok ? result.value : null;
              },
            }}
          />
        </main>
      ) : null}
      {section === 'sync' && services.teamSync ? (
        <main>
          <TeamSyncPanel
            key={teamSync?.settings?.url ?? 'off'}
            settings={teamSync?.settings ?? null}
            status={teamSync?.status ?? null}
            actions={{ turnOn: services.teamSync.turnOn, turnOff: services.teamSync.turnOff }}
          />
        </main>
      ) : null}
    </div>
  );
}
