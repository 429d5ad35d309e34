import { api } from '../api';
import type { PageData } from '../components/lazyPage';

/** What the withholding page asks for, built here once so that the page and `withholdingData` ask with the same key. */
export const withholdingQuery = () => api.payrollTerms.withholding.query();

/** The page's data, asked for beside its code (lazyPage's `data`). */
export const withholdingData: PageData = (_at, queryClient) => void queryClient.prefetchQuery(withholdingQuery());
