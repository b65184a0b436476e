import { Button, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { emailModes, languages, type EmailMode, type Language } from '../../../../../domain/people/notification-settings.schema';
import { ApiError } from '../../../lib/api/api-client';
import { RadioGroup } from '../../../lib/form/fields';
import { errorsOfProblems, errorText, type FieldErrors } from '../../../lib/form/issues';
import { useAnnounce } from '../../../lib/ui/announcer';
import { Section } from '../../../lib/ui/section';
import { LoadError, Loading } from '../../../lib/ui/states';
import { useNotificationSettings, useSaveNotificationSettings } from '../api/notification-settings';

/** My choice: an e-mail at once for each notification, or one digest a day; and the language of the e-mails. */
export function NotificationSettingsForm() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const settings = useNotificationSettings();
  const save = useSaveNotificationSettings();
  const [email, setEmail] = useState<EmailMode>('immediate');
  const [language, setLanguage] = useState<Language>('nl');
  const [errors, setErrors] = useState<FieldErrors>({});
  useEffect(() => {
    if (!settings.data) return;
    setEmail(settings.data.email);
    setLanguage(settings.data.language);
  }, [settings.data]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await save.mutateAsync({ email, language });
      setErrors({});
      announce(t('inbox.saved'));
    } catch (error) {
      setErrors(error instanceof ApiError && error.fields.length > 0 ? errorsOfProblems(error.fields, t, 'body') : { email: errorText(error, t) });
    }
  }

  return (
    <Section headingId="notification-settings-heading" heading={t('inbox.settingsHeading')}>
      <Paragraph>{t('inbox.settingsIntro')}</Paragraph>
      {settings.isPending ? (
        <Loading />
      ) : settings.isError ? (
        <LoadError error={settings.error} retry={() => void settings.refetch()} />
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <RadioGroup
            path="email"
            label={t('inbox.emailLabel')}
            value={email}
            onChange={(v) => setEmail(v as EmailMode)}
            error={errors.email}
            options={emailModes.map((mode) => ({ value: mode, label: t(`inbox.email.${mode}`) }))}
          />
          <RadioGroup
            path="language"
            label={t('inbox.languageLabel')}
            value={language}
            onChange={(v) => setLanguage(v as Language)}
            error={errors.language}
            options={languages.map((l) => ({ value: l, label: t(`inbox.language.${l}`) }))}
          />
          <Button type="submit" appearance="primary-action-button" disabled={save.isPending}>
            {t('inbox.save')}
          </Button>
        </form>
      )}
    </Section>
  );
}
