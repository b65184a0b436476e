import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { disciplineName, type FundSettings } from '../../../../domain/fund/fund.schema';
import { useMe } from '../api/get-me';

/**
 * A discipline as people read it: the fund's own name when it gave one, else the app's name for a
 * code it knows (in the screen's language), else the code itself.
 */
export const disciplineLabel = (settings: Pick<FundSettings, 'disciplineNames'> | undefined, code: string, t: TFunction): string =>
  (settings ? disciplineName(settings, code) : undefined) ?? t(`discipline.${code}`, { defaultValue: code });

/** disciplineLabel with the signed-in user's fund. */
export function useDisciplineName(): (code: string) => string {
  const { t } = useTranslation();
  const me = useMe();
  const settings = me.data?.fund.settings;
  return (code) => disciplineLabel(settings, code, t);
}
