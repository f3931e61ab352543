import { useCallback, useRef, useState } from 'react';
import type { Notice } from './message-list';

export interface Notices {
  notices: Notice[];
  report(kind: Notice['kind'], text: string, details?: string[]): void;
  dismiss(id: number): void;
}

/** The page's messages. The same text reported twice is shown once (a retried failure is one problem). */
export function useNotices(): Notices {
  const [notices, setNotices] = useState<Notice[]>([]);
  const next = useRef(1);
  const report = useCallback((kind: Notice['kind'], text: string, details?: string[]) => {
    setNotices((current) => [
      ...current.filter((n) => n.text !== text),
      { id: next.current++, kind, text, ...(details?.length ? { details } : {}) },
    ]);
  }, []);
  const dismiss = useCallback((id: number) => setNotices((current) => current.filter((n) => n.id !== id)), []);
  return { notices, report, dismiss };
}
