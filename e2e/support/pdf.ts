import { inflateSync } from 'node:zlib';

/**
 * The text a PDF shows, one line per text operator: every content stream inflated, the hex strings of its
 * `TJ` operators decoded (pdfkit writes each `text()` call as one). Enough to read the portal's own PDFs.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const out: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    let body = pdf.subarray(start, raw.indexOf('endstream', start));
    try {
      body = inflateSync(body);
    } catch {
      // Not compressed: read as it is.
    }
    for (const tj of body.toString('latin1').matchAll(/\[(.*?)\]\s*TJ/g)) {
      out.push([...tj[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => Buffer.from(h[1]!, 'hex').toString('latin1')).join(''));
    }
  }
  return out.join('\n');
}
