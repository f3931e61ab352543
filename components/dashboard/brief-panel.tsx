import { useState } from 'react';
import type { CampaignBrief } from '../../lib/contracts/brief';
import { briefToDraft, draftToBrief, duplicateBrief, newBrief, type BriefDraft, type BriefErrors } from '../../lib/shortlist-view/brief-draft';
import { DEFAULT_BRIEF } from '../../lib/scoring/default-brief';
import { BriefForm } from './brief-form';

export interface BriefActions {
  /** Resolves false when the store refused (the form keeps the draft). */
  save(brief: CampaignBrief): Promise<boolean>;
  setActive(id: string | null): Promise<boolean>;
  newId(): string;
  now(): Date;
}

/**
 * The campaign briefs: which one scores creators now, and the editor. The built-in default brief
 * is not stored; it is used whenever no brief is active, and can be duplicated to start from it.
 */
export function BriefPanel({ briefs, activeBriefId, actions }: { briefs: readonly CampaignBrief[]; activeBriefId: string | null; actions: BriefActions }) {
  const [draft, setDraft] = useState<BriefDraft | null>(null);
  const [errors, setErrors] = useState<BriefErrors>({});
  const [saving, setSaving] = useState(false);
  const [savedName, setSavedName] = useState<string | null>(null);

  const edit = (brief: CampaignBrief) => {
    setDraft(briefToDraft(brief));
    setErrors({});
    setSavedName(null);
  };
  const submit = async () => {
    if (!draft) return;
    const result = draftToBrief(draft, actions.now());
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    setSaving(true);
    const ok = await actions.save(result.brief);
    setSaving(false);
    if (ok) {
      setSavedName(result.brief.name);
      setDraft(null);
    }
  };
  const all: Array<{ brief: CampaignBrief; builtIn: boolean }> = [{ brief: DEFAULT_BRIEF, builtIn: true }, ...briefs.map((brief) => ({ brief, builtIn: false }))];
  const activeId = activeBriefId ?? DEFAULT_BRIEF.id;

  return (
    <section className="briefs" aria-labelledby="briefs-heading">
      <div className="section-head">
        <h2 id="briefs-heading">Campaign briefs</h2>
        <button type="button" className="primary" onClick={() => edit(newBrief(actions.newId(), actions.now()))}>
          New brief
        </button>
      </div>
      <p className="muted">Vetted scores each creator's fit against the active brief. Creators you open after switching are scored with the new one.</p>
      {savedName ? (
        <p role="status" className="notice notice--info">
          Saved “{savedName}”.
        </p>
      ) : null}
      <ul className="brief-list" data-testid="brief-list">
        {all.map(({ brief, builtIn }) => {
          const active = brief.id === activeId;
          return (
            <li key={brief.id} data-testid="brief-item" data-id={brief.id} data-active={active}>
              <span className="brief-name">
                {brief.name}
                {builtIn ? <span className="muted"> (built in)</span> : null}
                {active ? <strong className="active-mark"> · active</strong> : null}
              </span>
              <span className="brief-actions">
                {builtIn ? null : (
                  <button type="button" onClick={() => edit(brief)} aria-label={`Edit ${brief.name}`}>
                    Edit
                  </button>
                )}
                <button type="button" onClick={() => edit(duplicateBrief(brief, actions.newId(), actions.now()))} aria-label={`Duplicate ${brief.name}`}>
                  Duplicate
                </button>
                <button
                  type="button"
                  disabled={active}
                  onClick={() => void actions.setActive(builtIn ? null : brief.id)}
                  aria-label={`Make ${brief.name} the active brief`}
                >
                  Make active
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      {draft ? <BriefForm draft={draft} errors={errors} saving={saving} onChange={setDraft} onSubmit={() => void submit()} onCancel={() => setDraft(null)} /> : null}
    </section>
  );
}
