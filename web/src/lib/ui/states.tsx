import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-client';

/** While data loads: a polite status, so a screen reader hears it too. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Paragraph role="status" className="doorbraak-loading">
      {label ?? t('state.loading')}
    </Paragraph>
  );
}

/** When loading failed: what went wrong and what to do next. */
export function LoadError({ error, retry }: { error: unknown; retry?: () => void }) {
  const { t } = useTranslation();
  const status = error instanceof ApiError ? error.status : 0;
  const message =
    status === 403 ? t('state.forbidden') : status === 404 ? t('state.notFound') : status === 0 ? t('state.offline') : t('state.failed');
  return (
    <Alert type="error" role="alert">
      <Paragraph>{message}</Paragraph>
      {retry && status !== 403 && status !== 404 && (
        <Button appearance="secondary-action-button" onClick={retry}>
          {t('state.retry')}
        </Button>
      )}
    </Alert>
  );
}

/** An empty list, with the next step. */
export function Empty({ children }: { children: ReactNode }) {
  return <Paragraph className="doorbraak-empty">{children}</Paragraph>;
}
