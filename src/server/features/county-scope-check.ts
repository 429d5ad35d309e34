import ts from 'typescript';

/**
 * Finds the queries of county-owned tables that do not filter by `county_id` (ADR 0013), by reading the source with
 * the TypeScript parser: what src/server/features/county-scope.test.ts holds the server's SQL to.
 *
 * Past one primary, Citus sends a query to the one node that holds a county only when it can tell the county from
 * the query; a join of two county tables must match their `county_id` too, or Citus cannot run it on the shards
 * (Citus, "Multi-Tenant Query Migration": filter every table of the query by the tenant, or join on it). So:
 *
 * - every reference to a county table (the root of a Kysely `selectFrom`/`updateTable`/`deleteFrom`, each join, each
 *   subquery, each table of a raw `sql` template) must name its own `county_id` in a predicate of its query: a
 *   `where`, `whereRef`, `having`, a join's condition, or raw SQL (`alias.county_id`, or a bare `county_id` where it
 *   can mean only one table);
 * - a query that is not a subquery must also compare some `county_id` with a value (`where`), not only with another
 *   table's column: a join on `county_id` alone still reads every county.
 *
 * What a query is: the call chain from the root, plus, when the chain is kept in a variable, the unconditional
 * `q = q.where(...)` that follow; a filter added inside an `if`, a `?:` or after `&&` does not count (the query runs
 * without it too). A builder returned unexecuted by a helper (`function base(db) { return db.selectFrom(...) }`)
 * becomes a query at each call of the helper in the same file, named after the caller. Raw SQL is read as text: an
 * `alias.county_id` in a clause that can narrow the rows (FROM, JOIN ... ON, USING, WHERE, HAVING) counts for that
 * alias; one that is only read or written (a select list, RETURNING, SET, GROUP BY, ORDER BY, an INSERT's columns, a
 * conflict target) does not (`filterClauses`).
 *
 * Inserts are not checked: Citus routes an INSERT by the `county_id` of its rows, which the schema makes NOT NULL.
 */

export interface UnscopedReference {
  /** The file, relative to the folder scanned. */
  file: string;
  /** The function the query runs in (for a helper's builder, the caller's): `name`, `Class.method` or `<module>`. */
  fn: string;
  table: string;
}

const ROOTS = new Set(['selectFrom', 'updateTable', 'deleteFrom']);
const JOINS = new Set(['innerJoin', 'leftJoin', 'rightJoin', 'fullJoin', 'innerJoinLateral', 'leftJoinLateral']);
const VALUE_FILTERS = new Set(['where', 'having']);
const PREDICATES = new Set([...VALUE_FILTERS, 'whereRef']);
const EXECUTES = new Set(['execute', 'executeTakeFirst', 'executeTakeFirstOrThrow', 'stream']);
/** Builder methods whose callback arguments build a subquery of the query they belong to. */
const CALLBACK_METHODS = new Set([...PREDICATES, ...JOINS, 'select', 'selectFrom', 'orderBy', 'groupBy', 'set', 'exists', 'on', 'onRef']);

interface TableRef {
  table: string;
  alias: string;
}

/** A query: its table references and the calls and templates whose conditions it runs with. */
interface Query {
  fn: string;
  refs: TableRef[];
  predicates: ts.Node[];
  /** The predicates that compare with a value (`where`, `having`, raw SQL). */
  valueFilters: ts.Node[];
  nested: boolean;
  /** A raw `sql` template's text, judged whole. */
  rawText?: string;
}

function tableRef(arg: ts.Expression | undefined): TableRef | undefined {
  if (!arg || !(ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg))) return undefined;
  const m = /^\s*([a-z_][a-z0-9_]*)(?:\s+as\s+([a-z_][a-z0-9_]*))?\s*$/i.exec(arg.text);
  return m ? { table: m[1]!, alias: m[2] ?? m[1]! } : undefined;
}

const methodOf = (call: ts.CallExpression): string | undefined =>
  ts.isPropertyAccessExpression(call.expression) ? call.expression.name.text : undefined;

const isFunctionLike = (n: ts.Node): n is ts.FunctionLikeDeclaration =>
  ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || ts.isArrowFunction(n) || ts.isMethodDeclaration(n);

/** The named function a node is in: a declaration, a `const f = () => ...`, a method; `<module>` at the top. */
function functionName(node: ts.Node): string {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isFunctionDeclaration(n) && n.name) return n.name.text;
    if (ts.isMethodDeclaration(n) && ts.isIdentifier(n.name)) {
      const owner = ts.isClassDeclaration(n.parent) && n.parent.name ? `${n.parent.name.text}.` : '';
      return `${owner}${n.name.text}`;
    }
    if ((ts.isArrowFunction(n) || ts.isFunctionExpression(n)) && ts.isVariableDeclaration(n.parent) && ts.isIdentifier(n.parent.name)) {
      return n.parent.name.text;
    }
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && ts.isSourceFile(n.parent.parent.parent)) return n.name.text;
  }
  return '<module>';
}

/** How many conditional constructs hold a node, up to its function: an `if` branch, a `?:` branch, after `&&`, a loop. */
function conditionalDepth(node: ts.Node): number {
  let depth = 0;
  for (let child = node, n = node.parent; n && !isFunctionLike(n) && !ts.isSourceFile(n); child = n, n = n.parent) {
    if (ts.isIfStatement(n) && child !== n.expression) depth++;
    else if (ts.isConditionalExpression(n) && child !== n.condition) depth++;
    else if (ts.isBinaryExpression(n) && child === n.right && [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(n.operatorToken.kind)) depth++;
    else if (ts.isIterationStatement(n, false) || ts.isCaseClause(n) || ts.isCatchClause(n)) depth++;
  }
  return depth;
}

/** The calls chained on `start` (`start.a(...).b(...)`), through parentheses, and the expression that ends the chain. */
function chainFrom(start: ts.Expression): { calls: ts.CallExpression[]; top: ts.Expression } {
  const calls: ts.CallExpression[] = [];
  let cur: ts.Expression = start;
  for (;;) {
    const p = cur.parent;
    if (ts.isPropertyAccessExpression(p) && p.expression === cur && ts.isCallExpression(p.parent) && p.parent.expression === p) {
      calls.push(p.parent);
      cur = p.parent;
    } else if (ts.isParenthesizedExpression(p) || ts.isNonNullExpression(p) || ts.isAsExpression(p) || ts.isSatisfiesExpression(p)) {
      cur = p;
    } else {
      return { calls, top: cur };
    }
  }
}

/** A root inside a callback given to a builder method (`.where((eb) => eb.exists(eb.selectFrom(...)))`) is a subquery. */
function isNested(root: ts.Node): boolean {
  for (let n = root.parent; n && !ts.isSourceFile(n); n = n.parent) {
    if ((ts.isArrowFunction(n) || ts.isFunctionExpression(n)) && ts.isCallExpression(n.parent) && n.parent.arguments.includes(n as ts.Expression)) {
      if (CALLBACK_METHODS.has(methodOf(n.parent) ?? '')) return true;
    }
    if (ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n)) return false;
  }
  return false;
}

/** Whether a node is a builder chain that starts at a root call (a subquery written inline). */
function startsAtRoot(node: ts.Node): boolean {
  let n: ts.Node = node;
  while (ts.isCallExpression(n) || ts.isPropertyAccessExpression(n)) {
    if (ts.isCallExpression(n) && ROOTS.has(methodOf(n) ?? '')) return true;
    n = n.expression;
  }
  return false;
}

/** The text a predicate names, subqueries written inline aside: string literals and the literal parts of `sql` templates. */
function predicateTexts(node: ts.Node): string[] {
  const out: string[] = [];
  const visit = (n: ts.Node) => {
    if (n !== node && startsAtRoot(n)) return;
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) out.push(n.text);
    else if (ts.isTemplateExpression(n)) out.push(n.head.text, ...n.templateSpans.map((s) => s.literal.text));
    ts.forEachChild(n, visit);
  };
  visit(node);
  return out;
}

/** Keywords after which raw SQL lists what it reads or writes, up to the next keyword of `NARROWING`. */
const LISTING = new Set(['select', 'returning', 'set', 'by', 'into', 'values', 'conflict', 'do']);
/** Keywords after which raw SQL names tables or conditions on them. */
const NARROWING = new Set(['from', 'join', 'on', 'using', 'where', 'having', 'limit', 'offset', 'union', 'except', 'intersect', 'window', 'for']);

/**
 * Raw SQL with its comments and what only lists columns (`LISTING`'s clauses) blanked out, so that a select list's
 * `t.county_id` is not taken for a filter. A quoted string is one token. Each parenthesised group starts in its
 * enclosing clause's state: a function's arguments in a select list stay blank, a subquery's own FROM and WHERE
 * count, and `DISTINCT ON (...)` does not end the select list.
 */
export function filterClauses(text: string): string {
  const listing: boolean[] = [false];
  let previous = '';
  return text.replace(/--[^\n]*|'[^']*'|[a-z_][a-z0-9_$]*|\(|\)|[^a-z_()'-]+|-/gi, (token) => {
    const depth = listing.length - 1;
    if (token.startsWith('--')) return ' '.repeat(token.length);
    if (token === '(') {
      listing.push(listing[depth]!);
      return token;
    }
    if (token === ')') {
      if (depth > 0) listing.pop();
      return token;
    }
    const word = token.toLowerCase();
    if (/^[a-z_]/i.test(token)) {
      if (LISTING.has(word)) listing[depth] = true;
      else if (NARROWING.has(word) && !(word === 'on' && previous === 'distinct')) listing[depth] = false;
      previous = word;
      return listing[depth] && !LISTING.has(word) ? ' '.repeat(token.length) : token;
    }
    return listing[depth] ? token.replace(/[^\s]/g, ' ') : token;
  });
}

const COUNTY_ID = (alias: string) => new RegExp(`(^|[^a-z0-9_.])${alias}\\.county_id\\b`, 'i');
const BARE_COUNTY_ID = /(^|[^a-z0-9_.])county_id\b/i;

class FileScan {
  private readonly queries: Query[] = [];

  constructor(
    private readonly source: ts.SourceFile,
    private readonly countyTables: ReadonlySet<string>,
  ) {}

  run(): Query[] {
    const visit = (n: ts.Node) => {
      if (ts.isCallExpression(n) && ROOTS.has(methodOf(n) ?? '')) this.fromRoot(n);
      if (ts.isTaggedTemplateExpression(n) && ts.isIdentifier(n.tag) && n.tag.text === 'sql') this.fromTemplate(n);
      ts.forEachChild(n, visit);
    };
    visit(this.source);
    // `(lock ? q.forUpdate() : q).execute()` is one query written twice: the same tables and predicates.
    const seen = new Set<string>();
    return this.queries.filter((q) => {
      const key = [q.fn, ...q.refs.map((r) => `${r.table} ${r.alias}`), ...q.predicates.map((p) => p.pos)].join('|');
      return !seen.has(key) && seen.add(key);
    });
  }

  /** A Kysely query: its root's table, the joins and predicates of every step that runs with it. */
  private fromRoot(root: ts.CallExpression) {
    const first = tableRef(root.arguments[0]);
    const nested = isNested(root);
    for (const path of this.paths(root, [])) {
      const refs: TableRef[] = first ? [first] : [];
      const predicates: ts.Node[] = [];
      const valueFilters: ts.Node[] = [];
      for (const call of path.calls) {
        const m = methodOf(call) ?? '';
        if (JOINS.has(m)) {
          const joined = tableRef(call.arguments[0]);
          if (joined) refs.push(joined);
          // `innerJoin('counties as c', 'c.id', 't.county_id')` names t's county but does not narrow it.
          if (!joined || this.countyTables.has(joined.table)) predicates.push(...call.arguments.slice(1));
        } else if (PREDICATES.has(m)) {
          predicates.push(...call.arguments);
          if (VALUE_FILTERS.has(m)) valueFilters.push(...call.arguments);
        }
      }
      this.queries.push({ fn: path.fn, refs, predicates, valueFilters, nested });
    }
  }

  /**
   * Every way a builder runs, with the steps it runs with (`before`, then those chained on `start`). Kept in a
   * variable: each use that runs it, after the steps that unconditionally extend the variable. Returned unexecuted by
   * a helper: each call of the helper in this file.
   */
  private paths(start: ts.Expression, before: readonly ts.CallExpression[]): { calls: ts.CallExpression[]; fn: string }[] {
    const { calls, top } = chainFrom(start);
    const all = [...before, ...calls];
    const last = calls.at(-1);
    const executed = last !== undefined && EXECUTES.has(methodOf(last) ?? '');
    const parent = top.parent;
    if (!executed && ts.isVariableDeclaration(parent) && parent.initializer === top && ts.isIdentifier(parent.name)) {
      return this.variablePaths(parent, all);
    }
    const returned = ts.isReturnStatement(parent) || (ts.isArrowFunction(parent) && parent.body === top);
    if (!executed && returned) {
      const callers = this.callsOf(functionName(top));
      if (callers.length > 0) return callers.flatMap((c) => this.paths(c, all));
    }
    return [{ calls: all, fn: functionName(top) }];
  }

  private variablePaths(decl: ts.VariableDeclaration, before: readonly ts.CallExpression[]) {
    const name = (decl.name as ts.Identifier).text;
    const anchor = conditionalDepth(decl);
    const extensions: ts.CallExpression[] = [];
    const uses: ts.Identifier[] = [];
    const visit = (n: ts.Node) => {
      if (ts.isIdentifier(n) && n.text === name && n !== decl.name && n.pos > decl.end && isReference(n)) {
        const { calls, top } = chainFrom(n);
        // `q = cond ? q.where(a) : q.where(b)` extends q too, conditionally.
        let value: ts.Node = top;
        while (ts.isConditionalExpression(value.parent) || ts.isParenthesizedExpression(value.parent)) value = value.parent;
        const p = value.parent;
        const reassigned = ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.EqualsToken && p.right === value && ts.isIdentifier(p.left) && p.left.text === name;
        if (reassigned) {
          if (conditionalDepth(top) <= anchor) extensions.push(...calls);
        } else if (!(ts.isBinaryExpression(n.parent) && n.parent.left === n && n.parent.operatorToken.kind === ts.SyntaxKind.EqualsToken)) {
          uses.push(n);
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(findScope(decl));
    return uses.flatMap((u) => this.paths(u, [...before, ...extensions]));
  }

  private callsOf(helper: string): ts.CallExpression[] {
    const out: ts.CallExpression[] = [];
    const visit = (n: ts.Node) => {
      if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === helper) out.push(n);
      ts.forEachChild(n, visit);
    };
    visit(this.source);
    return out;
  }

  /** Raw SQL: each county table after FROM, JOIN, UPDATE or DELETE FROM, judged on the template's own text. */
  private fromTemplate(node: ts.TaggedTemplateExpression) {
    const t = node.template;
    const text = ts.isNoSubstitutionTemplateLiteral(t) ? t.text : [t.head.text, ...t.templateSpans.map((s) => s.literal.text)].join(' $ ');
    const refs: TableRef[] = [];
    const NOT_ALIAS = /^(where|join|on|left|right|inner|full|cross|group|order|limit|set|using|for|union|natural|lateral|returning|having|window)$/i;
    for (const m of text.matchAll(/\b(?:from|join|update)\s+([a-z_][a-z0-9_]*)(?:\s+(?:as\s+)?([a-z_][a-z0-9_]*))?/gi)) {
      if (!this.countyTables.has(m[1]!)) continue;
      const alias = m[2] && !NOT_ALIAS.test(m[2]) ? m[2] : m[1]!;
      refs.push({ table: m[1]!, alias });
    }
    if (refs.length === 0) return;
    const statement = /^\s*(select|with|update|delete)\b/i.test(text) && ts.isPropertyAccessExpression(node.parent) && EXECUTES.has(node.parent.name.text);
    this.queries.push({ fn: functionName(node), refs, predicates: [node], valueFilters: statement ? [node] : [], nested: !statement, rawText: filterClauses(text) });
  }
}

function findScope(decl: ts.VariableDeclaration): ts.Node {
  for (let n: ts.Node = decl.parent; ; n = n.parent) {
    if (ts.isBlock(n) || ts.isSourceFile(n) || isFunctionLike(n)) return n;
  }
}

/** An identifier that names a variable, not a property (`x.q`, `{ q: 1 }`). */
function isReference(n: ts.Identifier): boolean {
  const p = n.parent;
  if (ts.isPropertyAccessExpression(p) && p.name === n) return false;
  if ((ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p) || ts.isMethodDeclaration(p)) && p.name === n) return false;
  return true;
}

/** The references of a query that its predicates leave without their county. */
function unscopedOf(q: Query, countyTables: ReadonlySet<string>): TableRef[] {
  const county = q.refs.filter((r) => countyTables.has(r.table));
  if (county.length === 0) return [];
  const texts = q.rawText !== undefined ? [q.rawText] : q.predicates.flatMap(predicateTexts);
  const values = q.rawText !== undefined ? (q.valueFilters.length ? [q.rawText] : []) : q.valueFilters.flatMap(predicateTexts);
  // A bare `county_id` can mean only the root's in a Kysely query (a join makes it ambiguous, and PostgreSQL refuses
  // it), and in raw SQL only the one county table's.
  const bareMeans = q.rawText !== undefined ? (county.length === 1 ? county[0] : undefined) : q.refs[0];
  const names = (r: TableRef, among: string[]) => among.some((t) => COUNTY_ID(r.alias).test(t) || (r === bareMeans && BARE_COUNTY_ID.test(t)));
  const missing = county.filter((r) => !names(r, texts));
  if (missing.length === 0 && !q.nested && !county.some((r) => names(r, values))) return [county[0]!];
  return missing;
}

/** Every reference to a county table, in the given files, that its query leaves without a `county_id` filter. */
export function unscopedReferences(files: readonly { file: string; text: string }[], countyTables: ReadonlySet<string>): UnscopedReference[] {
  return files.flatMap(({ file, text }) => {
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2023, true, ts.ScriptKind.TS);
    return new FileScan(source, countyTables)
      .run()
      .flatMap((q) => unscopedOf(q, countyTables).map((r) => ({ file, fn: q.fn, table: r.table })));
  });
}
