import { Alert, Heading, Link, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId } from './fields';
import type { FieldErrors } from './issues';

/** Focuses the first control inside a field's wrapper. */
export function focusField(path: string): void {
  const wrapper = document.getElementById(fieldId(path));
  const control = wrapper?.querySelector<HTMLElement>('input, textarea, select') ?? wrapper;
  control?.focus();
}

/**
 * The errors of a form that could not be sent, at the top, each a link to its field; it takes
 * focus when it appears so a keyboard or screen reader user lands on it.
 */
export function ErrorSummary({ errors, labels, attempt }: {
  errors: FieldErrors;
  labels: (path: string) => string;
  /**
   * Counts the submits of a form whose errors also shrink while the user types: the summary then
   * takes focus at each submit only, never from under a field being typed in.
   */
  attempt?: number;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);
  const shown = entries.length > 0;
  const focusAgain = attempt ?? errors;
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown, focusAgain]);
  if (!shown) return null;
  return (
    <div ref={ref} tabIndex={-1} className="doorbraak-error-summary">
      <Alert type="error">
        <Heading level={2}>{t('form.errorSummary', { count: entries.length })}</Heading>
        <UnorderedList>
          {entries.map(([path, message]) => (
            <UnorderedListItem key={path}>
              <Link
                href={`#${fieldId(path)}`}
                onClick={(e) => {
                  e.preventDefault();
                  focusField(path);
                }}
              >
                {labels(path)}: {message}
              </Link>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </Alert>
    </div>
  );
}
