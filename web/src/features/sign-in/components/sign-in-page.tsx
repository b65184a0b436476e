import { Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { LocalAuthenticator, OidcAuthenticator } from '../../../lib/auth/authenticator';
import { useAuth } from '../../../lib/auth/auth-context';
import { LoadError, Loading } from '../../../lib/ui/states';
import { usePageTitle } from '../../../lib/ui/page-title';
import { Section } from '../../../lib/ui/section';
import { useSignInUsers } from '../api/list-sign-in-users';

function LocalSignIn({ authenticator }: { authenticator: LocalAuthenticator }) {
  const { t } = useTranslation();
  const { refresh } = useAuth();
  const navigate = useNavigate();
  const users = useSignInUsers(true);
  const [failed, setFailed] = useState(false);

  async function signInAs(fundId: string, userId: string) {
    setFailed(false);
    try {
      await authenticator.signIn(fundId, userId);
      refresh();
      void navigate('/', { replace: true });
    } catch {
      setFailed(true);
    }
  }

  if (users.isPending) return <Loading />;
  if (users.isError) return <LoadError error={users.error} retry={() => void users.refetch()} />;
  return (
    <>
      <Paragraph>{t('signIn.localIntro')}</Paragraph>
      {failed && <LoadError error={new Error('sign-in')} />}
      {users.data.map(({ fund, users: people }) => (
        <Section key={fund.id} headingId={`fund-${fund.id}`} heading={fund.name}>
          <ul className="doorbraak-user-grid">
            {people.map((user) => (
              <li key={user.userId}>
                <Button appearance="secondary-action-button" onClick={() => void signInAs(fund.id, user.userId)}>
                  <span>
                    <strong>{user.name}</strong>
                    <br />
                    {t(`role.${user.role}`)}
                    {user.discipline ? ` · ${t(`discipline.${user.discipline}`, { defaultValue: user.discipline })}` : ''}
                    {user.organisation && (
                      <>
                        <br />
                        {user.organisation}
                      </>
                    )}
                  </span>
                </Button>
              </li>
            ))}
          </ul>
        </Section>
      ))}
    </>
  );
}

function OidcSignIn({ authenticator }: { authenticator: OidcAuthenticator }) {
  const { t } = useTranslation();
  return (
    <>
      <Paragraph>{t('signIn.oidcIntro')}</Paragraph>
      <Button appearance="primary-action-button" onClick={() => void authenticator.beginSignIn()}>
        {t('signIn.oidcButton')}
      </Button>
    </>
  );
}

/** The sign-in page: demo users on the local runtime, the identity provider on AWS. */
export default function SignInPage() {
  const { t } = useTranslation();
  const { authenticator } = useAuth();
  usePageTitle(t('signIn.title'));
  return (
    <>
      <Heading1>{t('signIn.title')}</Heading1>
      {authenticator.kind === 'local' ? <LocalSignIn authenticator={authenticator} /> : <OidcSignIn authenticator={authenticator} />}
    </>
  );
}
