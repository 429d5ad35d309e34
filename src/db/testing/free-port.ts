import net from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** `count` ports in a row that nothing listens on, for a server that takes PORT, PORT+1, ... (WORKERS). */
export async function freePortsInARow(count: number): Promise<number[]> {
  const isFree = (port: number) =>
    new Promise<boolean>((resolve) => {
      const srv = net.createServer();
      srv.once('error', () => resolve(false));
      srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
    });
  for (;;) {
    const first = await freePort();
    const run = Array.from({ length: count }, (_, i) => first + i);
    if (run.at(-1)! <= 65535 && (await Promise.all(run.slice(1).map(isFree))).every(Boolean)) return run;
  }
}
