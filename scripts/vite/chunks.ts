import type { ManualChunksOption, ModuleInfo } from 'rollup';

type GetModuleInfo = (id: string) => ModuleInfo | null;

const WEB = '/src/web/';
const LANGUAGE = '(en|es|zh|hy|vi|tl|ru|ko)';

/** A language's words for the pages anyone may open: the page's own words and the API's messages. */
const PUBLIC_WORDS = [new RegExp(`/src/web/i18n/${LANGUAGE}\\.ts$`), new RegExp(`/src/contracts/messages/${LANGUAGE}\\.ts$`)];
/**
 * A part of a language's words (security.en.ts...), in the words of whichever page imports it: the public words
 * (en.ts), the signed-in ones (signed-in.en.ts) or, imported by the console's alone, the staff's (staff.en.ts). With the
 * signed-in words, the rules engine's reasons for the pages behind sign-in.
 */
const WORDS_PART = new RegExp(`/src/web/i18n/[a-z-]+\\.${LANGUAGE}\\.ts$`);
const STAFF_WORDS = [new RegExp(`/src/web/i18n/staff\\.${LANGUAGE}\\.ts$`)];
const REASONS = [new RegExp(`/src/domain/reason-texts/${LANGUAGE}\\.ts$`)];

function languageOf(id: string, patterns: readonly RegExp[]): string | null {
  for (const pattern of patterns) {
    const match = pattern.exec(id);
    if (match) return match[1]!;
  }
  return null;
}

/**
 * A module of the domain or the contracts that only passes on other modules' exports (src/domain/index.ts). A helper
 * that imports one is not light: Rollup would put everything it passes on in the helper's chunk.
 */
function isOurBarrel(info: ModuleInfo): boolean {
  if (!/\/src\/(domain|contracts)\//.test(info.id) || !info.ast) return false;
  return info.ast.body.every(
    (node) => node.type === 'ImportDeclaration' || node.type === 'ExportAllDeclaration' || (node.type === 'ExportNamedDeclaration' && !node.declaration),
  );
}

/**
 * The chunks shared helpers travel in, by folder: what the sign-in page needs (its form and the second factor's step)
 * with the form parts every page uses, and the county console's apart, so that no provider downloads it (issue #13).
 * A helper in any other folder goes to `pages`.
 */
const HELPER_GROUPS: readonly (readonly [string, readonly string[]])[] = [
  ['forms', ['forms', 'components', 'auth', 'second-factor']],
  ['console-parts', ['console', 'counties']],
];

/**
 * Which download a module of the web app travels in. Left to itself, Rollup gives every set of pages that shares a
 * module a chunk of its own: the dashboard asked for 20 files of about 1 KB each, six at a time on a phone's
 * connections, each a round trip on a weak signal (issue #13). Here:
 * - a language's words travel together: its public words with the API's messages, its signed-in words with the
 *   rules engine's reasons, the console's words for staff (one download each, not two or six);
 * - the small helpers that pages share travel in a few chunks (HELPER_GROUPS) instead of one each. A page downloads a
 *   little it does not use, once, and then has it.
 *   Only "light" helpers go there, those that need nothing but the first download and each other: a helper that
 *   imports a contract or a library of its own (zod, a QR code) would bring it to every page, and keeps Rollup's
 *   chunking.
 * The pages themselves (the targets of lazy imports) stay one chunk each.
 */
/**
 * A per-module answer worked out once. `assumed` answers for a module while its own answer is being worked out, which an
 * import cycle leads back to.
 */
function perModule<T>(assumed: ((id: string) => T) | null, work: (id: string, getModuleInfo: GetModuleInfo) => T) {
  const answers = new Map<string, T>();
  const answer = (id: string, getModuleInfo: GetModuleInfo): T => {
    const known = answers.get(id);
    if (known !== undefined) return known;
    if (assumed) answers.set(id, assumed(id));
    const result = work(id, getModuleInfo);
    answers.set(id, result);
    return result;
  };
  return answer;
}

export function webChunks(): ManualChunksOption {
  /** Whether the first download holds the module: the entry imports it through a chain of static imports. */
  const reachedFromEntry = perModule<boolean>(null, (id, getModuleInfo) => {
    const seen = new Set([id]);
    const queue = [id];
    while (queue.length > 0) {
      const info = getModuleInfo(queue.pop()!);
      if (!info) continue;
      if (info.isEntry) return true;
      for (const importer of info.importers) {
        if (seen.has(importer)) continue;
        seen.add(importer);
        queue.push(importer);
      }
    }
    return false;
  });

  // Within an import cycle, a module is assumed light until shown otherwise.
  const light: (id: string, getModuleInfo: GetModuleInfo) => boolean = perModule(() => true, (id, getModuleInfo) => {
    const info = getModuleInfo(id);
    return (
      !!info &&
      id.includes(WEB) &&
      /\.tsx?$/.test(id) &&
      info.dynamicImporters.length === 0 &&
      !reachedFromEntry(id, getModuleInfo) &&
      info.importedIds.every((dep) => {
        const depInfo = getModuleInfo(dep);
        if (!depInfo || isOurBarrel(depInfo)) return false;
        return reachedFromEntry(dep, getModuleInfo) || (dep.endsWith('.css') && dep.includes(WEB)) || light(dep, getModuleInfo);
      })
    );
  });

  const folderGroup = (id: string) => HELPER_GROUPS.find(([, folders]) => folders.some((folder) => id.includes(`${WEB}${folder}/`)))?.[0] ?? 'pages';
  /** A light helper's group: its folder's, unless it is a form part that needs a helper of `pages` (the sign-in page's chunk would then need that one too). */
  const groupOf: (id: string, getModuleInfo: GetModuleInfo) => string = perModule(folderGroup, (id, getModuleInfo) => {
    const group = folderGroup(id);
    const deps = (getModuleInfo(id)?.importedIds ?? []).filter((dep) => light(dep, getModuleInfo));
    return group === 'forms' && deps.some((dep) => groupOf(dep, getModuleInfo) !== 'forms') ? 'pages' : group;
  });

  return (id, { getModuleInfo }) => {
    const publicWords = languageOf(id, PUBLIC_WORDS);
    if (publicWords) return `words-${publicWords}`;
    const staff = languageOf(id, STAFF_WORDS);
    if (staff) return `staff-words-${staff}`;
    const part = languageOf(id, [WORDS_PART]);
    if (part) {
      const importers = getModuleInfo(id)?.importers ?? [];
      if (importers.some((importer) => languageOf(importer, PUBLIC_WORDS))) return `words-${part}`;
      const staffOnly = importers.length > 0 && importers.every((importer) => languageOf(importer, STAFF_WORDS));
      return staffOnly ? `staff-words-${part}` : `signed-in-words-${part}`;
    }
    const reasons = languageOf(id, REASONS);
    if (reasons) return `signed-in-words-${reasons}`;
    // The first download is named too: otherwise a helper's chunk would take along what it imports from there
    // (Rollup puts a manual chunk's unassigned imports in it).
    if (reachedFromEntry(id, getModuleInfo)) return 'index';
    return light(id, getModuleInfo) ? groupOf(id, getModuleInfo) : undefined;
  };
}
