import { useEffect, useId, useRef, useState } from 'react';

export type CopyText = (text: string) => Promise<void>;

/**
 * An editable value with a copy button (promo code, tracking link). The edit is saved on Enter or
 * when the field loses focus; a failed save keeps what the user typed. When the clipboard is
 * refused (no focus, a browser policy), the text is selected and the user is told to copy it.
 */
export function CopyField({
  label,
  value,
  placeholder,
  copyText,
  onSave,
  maxLength,
}: {
  label: string;
  value: string;
  placeholder?: string;
  /** Said next to the field; a longer edit is refused with a message, never cut to fit. */
  maxLength?: number;
  copyText: CopyText;
  /** Resolves false when the value was not saved (the field keeps the typed text). */
  onSave?: (value: string) => Promise<boolean>;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState(value);
  const [status, setStatus] = useState<'idle' | 'copied' | 'fallback' | 'too-long'>('idle');
  useEffect(() => setDraft(value), [value]);
  const tooLong = maxLength !== undefined && draft.trim().length > maxLength;

  const commit = async () => {
    if (!onSave || draft === value) return;
    if (tooLong) {
      setStatus('too-long');
      return;
    }
    await onSave(draft);
  };
  const copy = async () => {
    try {
      await copyText(draft);
      setStatus('copied');
    } catch {
      input.current?.focus();
      input.current?.select();
      setStatus('fallback');
    }
  };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-field-row">
        <input
          id={id}
          ref={input}
          value={draft}
          placeholder={placeholder}
          readOnly={!onSave}
          aria-describedby={maxLength !== undefined ? `${id}-hint` : undefined}
          aria-invalid={tooLong ? true : undefined}
          onChange={(e) => {
            setDraft(e.target.value);
            setStatus('idle');
          }}
          onBlur={() => void commit()}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void commit();
            if (e.key === 'Escape') setDraft(value);
          }}
        />
        <button type="button" onClick={() => void copy()} disabled={!draft} aria-label={`Copy ${label.toLowerCase()}`}>
          Copy
        </button>
      </div>
      {/* Under the box, so that the box lines up with its neighbours' in a row of fields. */}
      {maxLength !== undefined ? (
        <span className="copy-field-hint muted" id={`${id}-hint`}>
          up to {maxLength} characters
        </span>
      ) : null}
      <span className="copy-status" role="status" data-state={status}>
        {status === 'too-long'
          ? `Not saved: ${draft.trim().length} characters, the limit is ${maxLength ?? 0}.`
          : status === 'copied'
            ? 'Copied.'
            : status === 'fallback' ? 'Could not copy automatically: the text is selected, press Ctrl+C (⌘C on a Mac).'
              : ''}
      </span>
    </div>
  );
}
