import { useCallback, useEffect, useRef, useState } from 'react';

export type SaveStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'failed' } | { kind: 'waiting' };

/**
 * Saves what can be saved shortly after the user stops typing, and at once when asked (on blur).
 * One save at a time; a change made during a save is saved right after it. Unchanged drafts are
 * not sent again.
 */
export function useAutosave<T>(value: T | null, save: (value: T) => Promise<void>, delayMs = 800) {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const latest = useRef(value);
  const lastSaved = useRef<string | null>(null);
  const running = useRef<Promise<void> | null>(null);
  latest.current = value;

  const flush = useCallback(async (): Promise<boolean> => {
    while (running.current) await running.current;
    const current = latest.current;
    if (current === null) {
      setStatus({ kind: 'waiting' });
      return false;
    }
    const serialised = JSON.stringify(current);
    if (serialised === lastSaved.current) return true;
    setStatus({ kind: 'saving' });
    let ok = true;
    running.current = save(current)
      .then(() => {
        lastSaved.current = serialised;
        setStatus({ kind: 'saved', at: new Date() });
      })
      .catch(() => {
        ok = false;
        setStatus({ kind: 'failed' });
      })
      .finally(() => {
        running.current = null;
      });
    await running.current;
    return ok;
  }, [save]);

  const serialised = JSON.stringify(value);
  useEffect(() => {
    if (value === null) return;
    const timer = setTimeout(() => void flush(), delayMs);
    return () => clearTimeout(timer);
    // The serialised form is the dependency: a new object with the same content saves nothing.
  }, [serialised, flush, delayMs]);

  /** Marks a value as already saved (a draft loaded from the API). */
  const markSaved = useCallback((saved: T) => {
    lastSaved.current = JSON.stringify(saved);
  }, []);

  return { status, flush, markSaved };
}
