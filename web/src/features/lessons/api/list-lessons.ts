import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api/api-client';

/** The fund's anonymised lessons library: approved lessons, without the case they came from. */
export const listLessons = () => callApi('listLessons');

export const useLessons = () => useQuery({ queryKey: ['lessons'], queryFn: listLessons });
