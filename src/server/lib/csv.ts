/**
 * CSV as spreadsheet programs read it safely: RFC 4180 quoting, CRLF line ends, a byte-order mark (so Excel reads
 * accented and non-Latin headings as UTF-8), and text that a spreadsheet would run as a formula neutralised (OWASP
 * "CSV injection"). Shared by every CSV the portal writes: the payment history and the "Download my records" files.
 */

/**
 * One CSV cell: quoted when it holds a comma, quote or line break (RFC 4180), and a text cell that a spreadsheet
 * would run as a formula (starting with = + - @, a tab or a carriage return) gets a leading apostrophe (OWASP).
 * Numbers pass as they are, so a negative amount stays a number.
 */
export function csvCell(value: string | number): string {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A whole file: the header row, then one row per record; null is an empty cell. */
export function csvFile(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const line = (cells: readonly (string | number | null)[]) => cells.map((c) => (c === null ? '' : csvCell(c))).join(',');
  return `\uFEFF${[header, ...rows].map(line).join('\r\n')}\r\n`;
}
