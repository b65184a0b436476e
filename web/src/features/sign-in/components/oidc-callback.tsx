import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useAuth } from '../../../lib/auth/auth-context';
import { LoadError, Loading } from '../../../lib/ui/states';

/** Where the identity provider sends the browser back with a code. */
export default function OidcCallback() {
  const { t } = useTranslation();
  const { authenticator, refresh } = useAuth();
  const [result, setResult] = useState<'pending' | 'ok' | 'failed'>('pending');
  useEffect(() => {
    if (authenticator.kind !== 'oidc') return setResult('failed');
    authenticator
      .completeSignIn(new URL(window.location.href))
      .then((ok) => {
        if (ok) refresh();
        setResult(ok ? 'ok' : 'failed');
      })
      .catch(() => setResult('failed'));
  }, [authenticator, refresh]);
  if (result === 'ok') return <Navigate to="/" replace />;
  if (result === 'failed') return <LoadError error={new Error(t('signIn.callbackFailed'))} />;
  return <Loading label={t('signIn.completing')} />;
}
