import { useQuery } from '@tanstack/react-query';
import { timesheetQueries } from './data';

/** The provider's recipients by case number, as the reason texts name them ("... for Elena Ramirez"). */
export function useRecipientNames(month: string) {
  const cases = useQuery(timesheetQueries.casesOfMonth(month));
  const names: Record<string, string> = {};
  for (const c of cases.data?.cases ?? []) names[c.caseNumber] = `${c.recipient.firstName} ${c.recipient.lastName}`;
  return { names, cases };
}
