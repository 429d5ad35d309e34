import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { StaffCaseView } from '../../../contracts/cases-console';
import { api } from '../../api';

/** Every write of the case page answers with the whole case: it replaces what the page shows. */
export function useCaseWrite<I>(write: (input: I) => Promise<StaffCaseView>, onError: (error: unknown) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (view) => {
      queryClient.setQueryData(api.caseConsole.get.key({ params: { caseNumber: view.caseNumber } }), view);
      void queryClient.invalidateQueries({ queryKey: api.caseConsole.list.key() });
    },
    onError,
  });
}
