import { Button, ButtonGroup } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What "Meer tonen" needs of a paged list (TanStack's infinite query). */
export interface PagedList {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/** "Meer tonen" under a paged list, while the API says there is a next page. */
export function MoreButton({ list, children }: { list: PagedList; children?: ReactNode }) {
  const { t } = useTranslation();
  if (!list.hasNextPage) return null;
  return (
    <ButtonGroup>
      <Button appearance="secondary-action-button" busy={list.isFetchingNextPage} disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
        {children ?? t('archive.more')}
      </Button>
    </ButtonGroup>
  );
}
