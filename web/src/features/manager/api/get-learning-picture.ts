import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Period } from '../../../../../domain/learning/learning-picture.schema';
import { callApi } from '../../../lib/api/api-client';

/** The learning picture of a period: lead times, budget, outcomes per category and per side, the lenses. */
export const getLearningPicture = (period: Period) => callApi('getLearningPicture', { query: period });

export const useLearningPicture = (period: Period, enabled: boolean) =>
  useQuery({ queryKey: ['learning', period], queryFn: () => getLearningPicture(period), enabled, placeholderData: keepPreviousData });
