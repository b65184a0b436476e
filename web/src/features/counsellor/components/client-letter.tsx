import { Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useCase } from '../../../lib/api/get-case';
import { useMe } from '../../../lib/api/get-me';
import type { CaseView, Me } from '../../../lib/api/types';
import { useFormat } from '../../../lib/format';
import { AppLink } from '../../../lib/ui/app-link';
import { usePageTitle } from '../../../lib/ui/page-title';
import { LoadError, Loading } from '../../../lib/ui/states';
import { clientLetterText } from './client-letter-text';
import './client-letter.css';

type Kase = CaseView['case'];

/** Whether a letter can be made: after the decision, while its text is not yet purged. */
export const letterAvailable = (kase: Kase): kase is Kase & { decision: NonNullable<Kase['decision']> } =>
  kase.decision !== undefined && !kase.retention?.purgedAt;

/**
 * Characters of the panel's words above which the printed letter takes its smaller type, each quoted
 * part after the first counting as this many more (its heading and introduction): measured in Chromium.
 */
const LONG_LETTER = 1200;
const EXTRA_PART_WEIGHT = 400;

const todayInAmsterdam = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

/**
 * The one-page letter itself, in the screen's language. A blank line takes the client's name by hand,
 * and the client reference stays off: the paper never links a name to the case, and nothing is stored.
 */
export function ClientLetter({ kase, fund, today = todayInAmsterdam() }: {
  kase: Kase & { decision: NonNullable<Kase['decision']> };
  fund: Pick<Me['fund'], 'name' | 'organisations'> & { settings?: Pick<Me['fund']['settings'], 'followUpMonths'> | undefined };
  today?: string;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const letter = clientLetterText(
    {
      kase,
      fundName: fund.name,
      followUpMonths: fund.settings?.followUpMonths,
      organisationName: fund.organisations.find((o) => o.id === kase.organisationId)?.name,
      today,
    },
    t,
    format,
    i18n.language,
  );
  // Long reasons still fit one A4 page in a smaller type (measured limits in client-letter.css).
  const quotes = letter.parts.filter((part) => part.quote);
  const weight = quotes.reduce((sum, part) => sum + part.quote!.length, 0) + EXTRA_PART_WEIGHT * (quotes.length - 1);
  return (
    <article className={weight > LONG_LETTER ? 'doorbraak-letter doorbraak-letter--long' : 'doorbraak-letter'} aria-labelledby="letter-title">
      <p className="doorbraak-letter-head">
        <strong>{fund.name}</strong>
        <span>{letter.date}</span>
      </p>
      <Heading1 id="letter-title">{letter.title}</Heading1>
      <p className="doorbraak-letter-dear">
        {letter.dear} <span className="doorbraak-letter-blank" data-testid="letter-name-line">
          <span className="doorbraak-visually-hidden">{t('letter.nameBlank')}</span>
        </span>
        ,
      </p>
      {letter.opening.map((sentence) => (
        <p key={sentence}>{sentence}</p>
      ))}
      {letter.parts.map((part) => (
        <section key={part.id} aria-labelledby={`letter-${part.id}`} className="doorbraak-letter-part">
          <Heading2 id={`letter-${part.id}`}>{part.heading}</Heading2>
          {part.intro && <p>{part.intro}</p>}
          {part.quote && <blockquote className="doorbraak-letter-quote">{part.quote}</blockquote>}
          {part.sentences.map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
        </section>
      ))}
      {letter.closing.map((sentence) => (
        <p key={sentence}>{sentence}</p>
      ))}
      <p className="doorbraak-letter-signature">
        {letter.regards}
        <br />
        {letter.signature}
      </p>
    </article>
  );
}

/** /counsellor/cases/:caseId/letter: the letter alone on its page, so that only it prints (client-letter.css). */
export default function ClientLetterPage() {
  const { t } = useTranslation();
  const { caseId = '' } = useParams();
  const view = useCase(caseId);
  const me = useMe();
  // The title prints in the browser's page header: it names the letter, never the client.
  usePageTitle(t('letter.pageTitle'));
  if (view.isPending || me.isPending) return <Loading />;
  if (view.isError) return <LoadError error={view.error} retry={() => void view.refetch()} />;
  if (me.isError) return <LoadError error={me.error} retry={() => void me.refetch()} />;
  const kase = view.data.case;
  const back = (
    <Paragraph>
      <AppLink to={`/counsellor/cases/${kase.id}`}>{t('letter.backToCase')}</AppLink>
    </Paragraph>
  );
  if (!letterAvailable(kase)) {
    return (
      <>
        {back}
        <Heading1>{t('letter.pageTitle')}</Heading1>
        <Paragraph>{kase.decision ? t('letter.purged') : t('letter.noDecision')}</Paragraph>
      </>
    );
  }
  return (
    <>
      <div className="doorbraak-no-print">
        {back}
        <Paragraph>{t('letter.intro')}</Paragraph>
        <Paragraph>
          <Button appearance="primary-action-button" onClick={() => window.print()}>
            {t('letter.print')}
          </Button>
        </Paragraph>
      </div>
      <ClientLetter kase={kase} fund={me.data.fund} />
    </>
  );
}
