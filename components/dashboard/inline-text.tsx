import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

/**
 * A cell that shows its text and turns into an editor on click (or Enter). Enter saves (Shift+Enter
 * is a new line in notes), Escape cancels, leaving the field saves. When the save fails the editor
 * stays open with what the user typed: an error never eats their words.
 */
export function InlineText({
  value,
  label,
  placeholder,
  multiline = false,
  onCommit,
}: {
  value: string;
  /** Accessible name of the cell's button and editor, e.g. "Tags of @ana". */
  label: string;
  placeholder: string;
  multiline?: boolean;
  /**
   * Resolves false when nothing was saved. `startedFrom` is the value the editor opened with: the
   * value shown may change while the user types (another page wrote), and the edit is what they
   * changed from what they saw.
   */
  onCommit: (text: string, startedFrom: string) => Promise<boolean>;
}) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(value);
  const startedFrom = useRef(value);
  const [saving, setSaving] = useState(false);
  // A ref as well as state: disabling the focused field blurs it, and that blur must not save twice.
  const inFlight = useRef(false);
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (editing) field.current?.focus();
  }, [editing]);

  const close = () => {
    setEditing(false);
    // Back to the cell, so keyboard users do not lose their place in the table.
    requestAnimationFrame(() => button.current?.focus());
  };
  const commit = async () => {
    if (inFlight.current) return;
    if (draft === startedFrom.current) return close();
    inFlight.current = true;
    setSaving(true);
    const ok = await onCommit(draft, startedFrom.current);
    inFlight.current = false;
    setSaving(false);
    if (ok) close();
    // Refused: the field was disabled while saving and lost the focus; give it back with the text.
    else requestAnimationFrame(() => field.current?.focus());
  };

  if (!editing) {
    return (
      <button
        ref={button}
        type="button"
        className="inline-text"
        // The visible words are part of the name (axe: label-content-name-mismatch), the placeholder too.
        aria-label={value ? `${label}: ${value}. Edit` : `${label}: ${placeholder}`}
        title={value || undefined}
        onClick={() => {
          setDraft(value);
          startedFrom.current = value;
          setEditing(true);
        }}
      >
        {value ? <span className="inline-text-value">{value}</span> : <span className="muted">{placeholder}</span>}
      </button>
    );
  }
  const common = {
    ref: field,
    className: 'inline-editor',
    'aria-label': label,
    value: draft,
    disabled: saving,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: () => void commit(),
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        setDraft(value);
        close();
      } else if (e.key === 'Enter' && !(multiline && e.shiftKey)) {
        e.preventDefault();
        void commit();
      }
    },
  };
  return multiline ? <textarea {...common} rows={4} /> : <input {...common} />;
}
