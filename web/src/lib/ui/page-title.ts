import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Each screen names itself in the browser tab (WCAG 2.4.2): "Screen – Doorbraakfonds". */
export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);
}
