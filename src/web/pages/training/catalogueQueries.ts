import { useQuery } from '@tanstack/react-query';
import { trainingApi, trainingKeys } from './trainingApi';

/** The programmes of the catalogue (loaded once; they change rarely). */
export function useProgrammes() {
  return useQuery({
    queryKey: trainingKeys.programmes,
    queryFn: ({ signal }) => trainingApi.programmes(signal),
    staleTime: 5 * 60_000,
  });
}

export function useInstitutions() {
  return useQuery({
    queryKey: trainingKeys.institutions,
    queryFn: ({ signal }) => trainingApi.institutions(signal),
    staleTime: 5 * 60_000,
  });
}
