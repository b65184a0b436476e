import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LessonReview } from '../../../../../domain/lessons/lesson.schema';
import { callApi } from '../../../lib/api/api-client';
import { pendingLessonsKey } from './list-pending-lessons';

/** Approves a lesson (optionally with the text edited) into the library, or declines it. */
export const reviewLesson = ({ lessonId, body }: { lessonId: string; body: LessonReview }) =>
  callApi('reviewLesson', { params: { lessonId }, body });

export function useReviewLesson() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: reviewLesson, onSuccess: () => void queryClient.invalidateQueries({ queryKey: pendingLessonsKey }) });
}
