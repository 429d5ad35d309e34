import { useQuery } from '@tanstack/react-query';
import { api } from '../api';

/**
 * The provider's violations, shared by the violations page and the dashboard's billing region. Apart from the page so
 * that the dashboard does not load the page's dispute form, and with it zod (issue #13).
 */
export function useViolations() {
  return useQuery(api.violations.list.query());
}
