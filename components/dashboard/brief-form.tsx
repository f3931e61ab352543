import { useEffect, useId, useRef } from 'react';
import { FIT_CRITERIA, type FitCriterion } from '../../lib/contracts/brief';
import { PLATFORMS, type Platform } from '../../lib/contracts/creator';
import type { BriefDraft, BriefErrors } from '../../lib/shortlist-view/brief-draft';
import { platformName } from '../../lib/format/format';

const CRITERION_LABELS: Record<FitCriterion, string> = {
  engagement: 'Engagement',
  authenticity: 'Authenticity',
  cadence: 'Posting cadence',
  niche: 'Niche keywords',
  audienceSize: 'Audience size',
  sponsored: 'Sponsored share',
  budget: 'Budget',
};

type TextField = Exclude<keyof BriefDraft, 'base' | 'platforms' | 'weights' | 'minEngagementKind'>;

/** The brief editor's fields. Each error sits under its field and is tied to it with aria-describedby. */
export function BriefForm({
  draft,
  errors,
  saving,
  onChange,
  onSubmit,
  onCancel,
}: {
  draft: BriefDraft;
  errors: BriefErrors;
  saving: boolean;
  onChange: (draft: BriefDraft) => void;
  onSubmit: () => void;
  onCancel: () => void;
}) {
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  // After a refused save, take keyboard and screen-reader users to the first field to fix.
  useEffect(() => {
    if (Object.keys(errors).length) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);
  const errorId = (field: string) => `${id}-${field.replace('.', '-')}-error`;
  const errorOf = (field: string) =>
    errors[field] ? (
      <span className="field-error" id={errorId(field)} data-testid={`brief-error-${field}`}>
        {errors[field]}
      </span>
    ) : null;
  const input = (field: TextField, label: string, hint?: string, type: 'text' | 'url' = 'text') => (
    <div className="field">
      <label htmlFor={`${id}-${field}`}>{label}</label>
      <input
        id={`${id}-${field}`}
        type={type}
        value={draft[field]}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={errors[field] ? errorId(field) : undefined}
        placeholder={hint}
        onChange={(e) => onChange({ ...draft, [field]: e.target.value })}
      />
      {errorOf(field)}
    </div>
  );
  const togglePlatform = (p: Platform, on: boolean) =>
    onChange({ ...draft, platforms: on ? PLATFORMS.filter((x) => x === p || draft.platforms.includes(x)) : draft.platforms.filter((x) => x !== p) });

  return (
    <form
      ref={form}
      className="brief-form"
      aria-label={`Edit brief ${draft.name || draft.base.name}`}
      data-testid="brief-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {input('name', 'Name')}
      <fieldset aria-describedby={errors.platforms ? errorId('platforms') : undefined}>
        <legend>Platforms</legend>
        {PLATFORMS.map((p) => (
          <label key={p} className="check">
            <input type="checkbox" checked={draft.platforms.includes(p)} onChange={(e) => togglePlatform(p, e.target.checked)} /> {platformName(p)}
          </label>
        ))}
        {errorOf('platforms')}
      </fieldset>
      <fieldset>
        <legend>Followers</legend>
        {input('followersMin', 'Followers, at least', 'no minimum, e.g. 3k')}
        {input('followersMax', 'Followers, at most', 'no maximum, e.g. 100k')}
        {errorOf('followers')}
      </fieldset>
      <fieldset>
        <legend>Minimum engagement</legend>
        <label className="check">
          <input
            type="radio"
            name={`${id}-engagement`}
            checked={draft.minEngagementKind === 'tier-average'}
            onChange={() => onChange({ ...draft, minEngagementKind: 'tier-average' })}
          />{' '}
          The average for the creator's size
        </label>
        <label className="check">
          <input
            type="radio"
            name={`${id}-engagement`}
            checked={draft.minEngagementKind === 'absolute'}
            onChange={() => onChange({ ...draft, minEngagementKind: 'absolute' })}
          />{' '}
          A fixed rate
        </label>
        {draft.minEngagementKind === 'absolute' ? input('minEngagementPercent', 'Engagement rate (%)', 'e.g. 2') : null}
      </fieldset>
      <fieldset>
        <legend>Activity and sponsorship</legend>
        {input('minPostsPerWeek', 'Posts per week, at least', 'no minimum')}
        {input('maxDaysSinceLastPost', 'Days since the last post, at most', 'no limit')}
        {input('maxSponsoredPercent', 'Sponsored posts, at most (%)', 'no limit')}
        {input('budgetPerPost', 'Budget per post (USD)', 'no budget')}
      </fieldset>
      <fieldset>
        <legend>Keywords (comma-separated)</legend>
        {input('nicheKeywords', 'Niche keywords')}
        {input('excludedKeywords', 'Excluded keywords')}
        {input('competitors', 'Competitors')}
      </fieldset>
      {input('landingPage', 'Landing page (for tracking links)', 'https://…', 'url')}
      <fieldset aria-describedby={errors.tierBoundaries ? errorId('tierBoundaries') : undefined}>
        <legend>Tiers start at (followers)</legend>
        {input('tierMicro', 'Micro from', 'e.g. 10k')}
        {input('tierMid', 'Mid-tier from', 'e.g. 100k')}
        {input('tierMacro', 'Macro from', 'e.g. 500k')}
        {input('tierMega', 'Mega from', 'e.g. 1M')}
        {errorOf('tierBoundaries')}
      </fieldset>
      <fieldset aria-describedby={errors.weights ? errorId('weights') : undefined}>
        <legend>Weights (only their proportions matter)</legend>
        {FIT_CRITERIA.map((c) => {
          const field = `weights.${c}`;
          return (
            <div className="field" key={c}>
              {/* "Niche keywords" is also the keyword list's label: each input gets a name of its own. */}
              <label htmlFor={`${id}-w-${c}`}>{`${CRITERION_LABELS[c]} weight`}</label>
              <input
                id={`${id}-w-${c}`}
                inputMode="decimal"
                value={draft.weights[c]}
                aria-invalid={errors[field] ? true : undefined}
                aria-describedby={errors[field] ? errorId(field) : undefined}
                onChange={(e) => onChange({ ...draft, weights: { ...draft.weights, [c]: e.target.value } })}
              />
              {errorOf(field)}
            </div>
          );
        })}
        {errorOf('weights')}
      </fieldset>
      {errors.form ? errorOf('form') : null}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={saving}>
          Save brief
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
