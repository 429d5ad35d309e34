import { api } from '../api';
import type { PageData } from '../components/lazyPage';

/** What the direct deposit page asks for, built once so that the page and `directDepositData` ask with the same key. */
export const directDepositQuery = () => api.directDeposit.get.query();

/** The page's data, asked for beside its code (lazyPage's `data`). */
export const directDepositData: PageData = (_at, queryClient) => void queryClient.prefetchQuery(directDepositQuery());
