import { z } from 'zod';
import { endpoint } from './endpoint.js';

/**
 * "Download my records" (issue #14): a person's own sign-ins, EVV taps, timesheet versions with their decisions,
 * messages and payments, as one ZIP of CSV files with a README in the account's language. Every signed-in role may
 * download their own; what does not apply to a role is a file with its header row alone.
 */
export const recordsEndpoints = {
  download: endpoint({
    method: 'GET',
    path: '/api/records/download.zip',
    access: 'authenticated',
    summary:
      "The caller's own records as a ZIP (application/zip): README.txt and sign-ins.csv, evv-taps.csv, timesheets.csv, messages.csv, payments.csv; audited as records.downloaded",
    answer: z.any().describe('application/zip'),
    delivery: 'file',
  }),
};
