/**
 * `npm run --silent rules -- evaluate CASE.json [--lang en|es]`: prints the evaluation of a case as
 * JSON, for county staff and auditors. A malformed case gets a message naming the bad field and exit
 * status 2. The case and output shapes are the zod contracts in src/contracts/rules.ts (docs/rules.md).
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { z } from 'zod';
import { rulesCase, rulesEvaluation, toEvaluationInput, type RulesEvaluation } from '../src/contracts/rules';
import { evaluateClaims, LANGUAGE_CODES, renderReason, type Language } from '../src/domain/index';

export const USAGE = `Usage: npm run --silent rules -- evaluate CASE.json [--lang ${LANGUAGE_CODES.join('|')}]

Evaluates an IHSS provider's claimed time and prints workweeks, pay per pay period and
recipient, and findings as JSON. CASE.json may be "-" to read standard input.

The case (see docs/rules.md for every field):
  { "provider": { "exemption": "none" | "exemption1" | "exemption2" },
    "recipients": [ { "id": "R1", "monthlyAuthorizedMinutes": 16980, "rateCents": 1964,
                      "overtimeException": false } ],
    "entries": [ { "recipientId": "R1", "date": "2026-03-02", "workedMinutes": 480,
                   "travelMinutes": 0 } ],
    "today": "2026-03-16" }                      (optional: flags future time)

Exit status: 0 evaluated (findings or not), 2 bad usage, unreadable file or malformed case.
`;

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => Promise<string>;
}

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 2;

/** `entries[2].date` from zod's `['entries', 2, 'date']`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out || '(the case)';
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `  ${fieldPath(issue.path)}: ${issue.message}`).join('\n');
}

export function evaluateCase(raw: unknown, language: Language): { ok: true; output: RulesEvaluation } | { ok: false; error: z.ZodError } {
  const parsed = rulesCase.safeParse(raw);
  if (!parsed.success) return { ok: false, error: parsed.error };
  const evaluation = evaluateClaims(toEvaluationInput(parsed.data));
  // Parsing the output too keeps what is printed and the documented contract from drifting apart.
  const output = rulesEvaluation.parse({
    ...evaluation,
    findings: evaluation.findings.map((f) => ({ ...f, ...renderReason(language, f.code, f) })),
  });
  return { ok: true, output };
}

function parseArgs(argv: readonly string[]): { command?: string; file?: string; language: string; help: boolean; extra: string[] } {
  const result = { language: 'en', help: false, extra: [] as string[] } as {
    command?: string;
    file?: string;
    language: string;
    help: boolean;
    extra: string[];
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') result.help = true;
    else if (arg === '--lang') result.language = argv[++i] ?? '';
    else if (arg.startsWith('--lang=')) result.language = arg.slice('--lang='.length);
    else if (result.command === undefined) result.command = arg;
    else if (result.file === undefined) result.file = arg;
    else result.extra.push(arg);
  }
  return result;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv);
  if (args.help) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if (args.command !== 'evaluate' || args.file === undefined || args.extra.length > 0) {
    io.stderr(`rules: expected "evaluate CASE.json"\n\n${USAGE}`);
    return EXIT_BAD_INPUT;
  }
  if (!(LANGUAGE_CODES as readonly string[]).includes(args.language)) {
    io.stderr(`rules: --lang must be one of ${LANGUAGE_CODES.join(', ')} (got "${args.language}")\n`);
    return EXIT_BAD_INPUT;
  }
  let text: string;
  try {
    text = await io.readFile(args.file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    io.stderr(`rules: cannot read ${args.file}: ${reason}\n`);
    return EXIT_BAD_INPUT;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    io.stderr(`rules: ${args.file} is not valid JSON: ${(error as Error).message}\n`);
    return EXIT_BAD_INPUT;
  }
  const result = evaluateCase(raw, args.language as Language);
  if (!result.ok) {
    io.stderr(`rules: ${args.file} is not a valid case:\n${describeIssues(result.error)}\n`);
    return EXIT_BAD_INPUT;
  }
  io.stdout(`${JSON.stringify(result.output, null, 2)}\n`);
  return EXIT_OK;
}

async function readInput(path: string): Promise<string> {
  if (path !== '-') return readFile(path, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    readFile: readInput,
  });
}
