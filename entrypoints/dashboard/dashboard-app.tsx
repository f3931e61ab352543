import { useDetailsReport } from './use-details-report';
import { useStatusStamp } from '../../lib/runtime/use-status-stamp';
import { useCallback, useMemo, useState } from 'react';
import type { CampaignBrief } from '../../lib/contracts/brief';
import type { ShortlistSummary } from '../../lib/contracts/shortlist-entry';
import { exportCsv } from '../../lib/shortlist-view/export-csv';
import { DEFAULT_SORT, filterRows, NO_FILTERS, sortRows, tagsInUse, type ShortlistFilters, type SortOrder } from '../../lib/shortlist-view/filter-sort';
import type { ImportableFile } from '../../lib/shortlist-view/importable-file';
import type { OnExisting } from '../../lib/contracts/shortlist-store';
import { plural } from '../../lib/shortlist-view/plural';
import { toViewRow } from '../../lib/shortlist-view/view-row';
import { MessageList } from '../../components/shared/message-list';
import { useNotices } from '../../components/shared/use-notices';
import { BriefPanel } from '../../components/dashboard/brief-panel';
import { CompareView } from '../../components/dashboard/compare-view';
import type { DashboardServices } from './dashboard-services';
import { DataPanel } from '../../components/dashboard/data-panel';
import { StorageStatus } from '../../components/dashboard/storage-status';
import { useShortlistData } from './use-shortlist-data';
import { useTeamSync } from '../../lib/runtime/use-team-sync';
import { TeamSyncPanel } from '../../components/dashboard/team-sync-panel';
import { SyncIndicator } from '../../components/shared/sync-indicator';
import { TableSection } from './table-section';
import { useBulkChanges } from './use-bulk-changes';
import { useCompared } from './use-compared';
import { useCreatorEdits } from './use-creator-edits';
import { useFocusCreator } from './use-focus-creator';
import { useStoreChange } from './use-store-change';

type Section = 'table' | 'compare' | 'briefs' | 'data' | 'sync';
const SECTIONS: ReadonlyArray<readonly [Section, string]> = [
  ['table', 'Shortlist'],
  ['compare', 'Compare'],
  ['briefs', 'Briefs'],
  ['data', 'Import & export'],
  ['sync', 'Team sync'],
];

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
  const { busy, change } = useStoreChange(shortlist, onError);

  const [section, setSection] = useState<Section>('table');
  const [filters, setFilters] = useState<ShortlistFilters>(NO_FILTERS);
  const [sort, setSort] = useState<SortOrder>(DEFAULT_SORT);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [detailsKey, setDetailsKey] = useState<string | null>(null);

  const rows = useMemo(() => (entries ?? []).map(toViewRow), [entries]);
  const filtered = useMemo(() => filterRows(rows, filters), [rows, filters]);
  const sorted = useMemo(() => sortRows(filtered, sort), [filtered, sort]);
  const tags = useMemo(() => tagsInUse(rows), [rows]);
  const briefNames = useMemo(() => new Map(data.briefs.map((b) => [b.id, b.name])), [data.briefs]);
  const byKey = useMemo(() => new Map((entries ?? []).map((e) => [e.key, e])), [entries]);
  const selectedKeys = useMemo(() => sorted.filter((r) => selected.has(r.key)).map((r) => r.key), [sorted, selected]);
  // Selected creators the filters now hide still count: the bar says how many it will change.
  const selectedAll = useMemo(() => [...selected].filter((k) => byKey.has(k)), [selected, byKey]);

  const { highlightKey, reveal } = useFocusCreator(
    focusKey,
    entries,
    sorted,
    (entry: ShortlistSummary) => {
      setSection('table');
      setFilters((f) => (filterRows([toViewRow(entry)], f).length ? f : NO_FILTERS));
      setDetailsKey(entry.key);
    },
    (key) => report('info', `${key} is not on your shortlist.`),
  );
  const edits = useCreatorEdits({ byKey, change, now: services.now, replaceEntry, reloadEntries, reloadStats, report });
  const rowActions = useMemo(
    () => ({
      ...edits,
      onSelect: (key: string, on: boolean) =>
        setSelected((current) => {
          const next = new Set(current);
          if (on) next.add(key);
          else next.delete(key);
          return next;
        }),
      onDetails: (key: string) => setDetailsKey(key),
    }),
    [edits],
  );

  const afterBulk = async () => {
    await reloadEntries();
    await reloadStats();
  };
  const bulk = useBulkChanges({
    selectedAll,
    byKey,
    change,
    now: services.now,
    report,
    afterBulk,
    onDeleted: (keys) => {
      setSelected(new Set());
      if (detailsKey && keys.includes(detailsKey)) setDetailsKey(null);
    },
  });

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

  const compared = useCompared(section === 'compare', shortlist, selectedKeys, onError);
  const detailsEntry = detailsKey ? (byKey.get(detailsKey) ?? null) : null;
  const detailsReport = useDetailsReport(shortlist, detailsEntry?.key ?? null, detailsEntry?.updatedAt ?? null);
  const statusStamp = useStatusStamp(services.teamSync, teamSync?.settings != null, detailsEntry?.key ?? null, detailsEntry?.updatedAt ?? null);

  return (
    <div className="dashboard">
      <header className="dashboard-header">
        <h1>Vetted shortlist</h1>
        <SyncIndicator status={teamSync?.status ?? null} quietWhenOff />
        <StorageStatus stats={data.stats} storage={data.storage} onExport={() => void exportFile('all')} onExportXlsx={() => void exportFile('all', 'xlsx')} onBackup={() => void downloadBackup()} />
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
        <TableSection
          view={{ rows, sorted, tags, briefs: data.briefs, briefNames, filters, sort, selected, selectedAll, highlightKey, reveal, loading: entries === null && data.store.kind !== 'failed' }}
          setFilters={setFilters}
          setSort={setSort}
          setSelected={setSelected}
          busy={busy}
          bulk={bulk}
          rowActions={rowActions}
          edits={edits}
          details={detailsEntry}
          statusStamp={statusStamp}
          detailsReport={detailsReport}
          copyText={services.copyText}
          onCompare={() => setSection('compare')}
          onCloseDetails={() => setDetailsKey(null)}
        />
      ) : null}
      {section === 'compare' ? (
        <main>
          <CompareView
            selected={selectedKeys.length}
            entries={compared.entries}
            histories={compared.histories}
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
