import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulesEvaluation } from '../src/contracts/rules';
import { EXIT_BAD_INPUT, EXIT_OK, fieldPath, main } from './rules';

const EXAMPLE = {
  provider: { exemption: 'none' },
  recipients: [{ id: 'R1', monthlyAuthorizedMinutes: 16980, rateCents: 1964, overtimeException: false }],
  entries: ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'].map((date) => ({
    recipientId: 'R1',
    date,
    workedMinutes: 540,
    travelMinutes: 0,
  })),
};

async function run(argv: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const status = await main(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return text;
    },
  });
  return { status, stdout, stderr };
}

describe('rules evaluate CASE.json', () => {
  it("prints the issue's example evaluation as JSON in the documented output shape", async () => {
    const { status, stdout, stderr } = await run(['evaluate', 'case.json'], { 'case.json': JSON.stringify(EXAMPLE) });
    expect(stderr).toBe('');
    expect(status).toBe(EXIT_OK);
    const output = rulesEvaluation.parse(JSON.parse(stdout));
    expect(output.workweeks[0]).toMatchObject({ start: '2026-03-01', workedMinutes: 2700, travelMinutes: 0, overtimeMinutes: 300 });
    expect(output.payPeriods[0]).toMatchObject({ start: '2026-03-01', recipientId: 'R1', grossCents: 93290 });
    expect(output.findings).toEqual([]);
  });

  it('prints findings with their kind, place and a plain title in the requested language', async () => {
    const future = { ...EXAMPLE, today: '2026-03-05' };
    const { status, stdout } = await run(['evaluate', 'case.json', '--lang', 'es'], { 'case.json': JSON.stringify(future) });
    expect(status).toBe(EXIT_OK);
    const finding = rulesEvaluation.parse(JSON.parse(stdout)).findings[0];
    expect(finding).toMatchObject({ code: 'FUTURE_TIME', kind: 'blocking', workweekStart: '2026-03-01', date: '2026-03-06', recipientId: 'R1' });
    expect(finding?.title).toBe('Usted anotó tiempo para el 6 de marzo de 2026, que todavía no ha llegado.');
  });

  it('names every bad field of a malformed case and exits with status 2', async () => {
    const bad = {
      provider: { exemption: 'maybe' },
      recipients: [{ id: 'R1', monthlyAuthorizedMinutes: 16980.5, rateCents: 1964 }],
      entries: [{ recipientId: 'R1', date: '2026-02-30', workedMinutes: -5 }],
    };
    const { status, stdout, stderr } = await run(['evaluate', 'case.json'], { 'case.json': JSON.stringify(bad) });
    expect(status).toBe(EXIT_BAD_INPUT);
    expect(stdout).toBe('');
    expect(stderr).toContain('provider.exemption');
    expect(stderr).toContain('recipients[0].monthlyAuthorizedMinutes: must be whole minutes');
    expect(stderr).toContain('entries[0].date: must be a calendar date written YYYY-MM-DD');
    expect(stderr).toContain('entries[0].workedMinutes: must not be negative');
  });

  it('points at an entry for a recipient the case does not list', async () => {
    const stray = { ...EXAMPLE, entries: [{ ...EXAMPLE.entries[0], recipientId: 'R7' }] };
    const { status, stderr } = await run(['evaluate', 'case.json'], { 'case.json': JSON.stringify(stray) });
    expect(status).toBe(EXIT_BAD_INPUT);
    expect(stderr).toContain('entries[0].recipientId: no recipient with id "R7"');
  });

  it('rejects a file that is not JSON, and a missing file, with exit status 2', async () => {
    expect(await run(['evaluate', 'case.json'], { 'case.json': '{ "provider": ' })).toMatchObject({ status: EXIT_BAD_INPUT, stderr: expect.stringContaining('not valid JSON') });
    expect(await run(['evaluate', 'missing.json'])).toMatchObject({ status: EXIT_BAD_INPUT, stderr: 'rules: cannot read missing.json: no such file\n' });
  });

  it('prints help with --help and usage on stderr for a wrong command or language', async () => {
    expect(await run(['--help'])).toMatchObject({ status: EXIT_OK, stdout: expect.stringContaining('evaluate CASE.json') });
    expect(await run(['judge', 'x.json'])).toMatchObject({ status: EXIT_BAD_INPUT, stderr: expect.stringContaining('Usage') });
    expect(await run(['evaluate', 'x.json', '--lang', 'fr'])).toMatchObject({ status: EXIT_BAD_INPUT, stderr: expect.stringContaining('--lang') });
  });

  it('writes field paths the way JSON readers write them', () => {
    expect(fieldPath(['entries', 2, 'date'])).toBe('entries[2].date');
    expect(fieldPath([])).toBe('(the case)');
  });

  it('runs as a command: JSON on stdout and exit 0, exit 2 on a malformed case', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-cli-'));
    const good = join(dir, 'good.json');
    const bad = join(dir, 'bad.json');
    writeFileSync(good, JSON.stringify(EXAMPLE));
    writeFileSync(bad, JSON.stringify({ ...EXAMPLE, provider: {} }));
    const tsx = join(import.meta.dirname, '..', 'node_modules', '.bin', 'tsx');
    const script = join(import.meta.dirname, 'rules.ts');
    const ok = spawnSync(tsx, [script, 'evaluate', good], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).payPeriods[0].grossCents).toBe(93290);
    const ko = spawnSync(tsx, [script, 'evaluate', bad], { encoding: 'utf8' });
    expect(ko.status).toBe(2);
    expect(ko.stderr).toContain('provider.exemption');
  });
});
