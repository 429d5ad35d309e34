import { SMTPServer } from 'smtp-server';
import { freePort } from '../../db/testing/free-port.js';

export interface ReceivedMail {
  to: string[];
  raw: string;
  subject: string;
  text: string;
}

/**
 * A real SMTP server in-process: the portal's mail goes over a socket, as it would in production. Pass the
 * port of a server that was closed to bring "the same" mail server back up.
 */
export async function startTestSmtp(fixedPort?: number) {
  const inbox: ReceivedMail[] = [];
  const waiters: (() => void)[] = [];
  let connections = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onConnect(_session, callback) {
      connections++;
      callback();
    },
    onData(stream, session, callback) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => (raw += chunk));
      stream.on('end', () => {
        inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), raw, ...parse(raw) });
        waiters.splice(0).forEach((w) => w());
        callback();
      });
    },
  });
  const port = fixedPort ?? (await freePort());
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    inbox,
    /** How many connections clients have opened so far. */
    connections: () => connections,
    /** How many mails have arrived so far: pass it to `latestTo` to wait for a newer one. */
    mark: () => inbox.length,
    /** The newest mail to an address (received after `since`), waiting for it to arrive. */
    async latestTo(address: string, since = 0, timeoutMs = 10_000): Promise<ReceivedMail> {
      const deadline = performance.now() + timeoutMs;
      for (;;) {
        const found = inbox.slice(since).filter((m) => m.to.includes(address)).at(-1);
        if (found) return found;
        if (performance.now() > deadline) throw new Error(`no mail to ${address} within ${timeoutMs} ms`);
        await new Promise<void>((r) => {
          waiters.push(r);
          setTimeout(r, 200);
        });
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Enough MIME to read what nodemailer writes: headers, then a quoted-printable or plain text body. */
function parse(raw: string) {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = head.replace(/\r?\n[ \t]+/g, ' ');
  const subjectLine = /^Subject: (.*)$/im.exec(headers)?.[1] ?? '';
  // Whitespace between two encoded words is not part of the text (RFC 2047 6.2): drop it before decoding.
  const subject = subjectLine.replace(/\?=\s+=\?/g, '?==?').replace(/=\?utf-8\?([QB])\?(.*?)\?=/gi, (_, enc: string, data: string) =>
    enc.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : decodeQp(data.replace(/_/g, ' ')),
  );
  const body = rest.join('\n\n');
  const text = /quoted-printable/i.test(headers) ? decodeQp(body) : body;
  return { subject, text };
}

function decodeQp(s: string): string {
  const bytes = s.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}
