import { useMutation, useQueryClient } from '@tanstack/react-query';
import { staffCaseView } from '../../../contracts/cases-console';
import { post } from '../../api';

/** Every write of the case page answers with the whole case: it replaces what the page shows. */
export function useCaseWrite<I>(caseNumber: string, path: string, onError: (error: unknown) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: I) => post(`/api/staff/cases/${caseNumber}${path}`, input, staffCaseView),
    onSuccess: (view) => {
      queryClient.setQueryData(['staff-case', caseNumber], view);
      void queryClient.invalidateQueries({ queryKey: ['staff-cases'] });
    },
    onError,
  });
}
