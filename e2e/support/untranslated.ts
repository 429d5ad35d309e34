import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Language } from '../../src/contracts/messages/languages.js';
import { keptAsInEnglish } from '../../src/contracts/messages/translation-checks.js';
import { loadTranslation } from '../../src/web/i18n/index.js';

/**
 * The words a page shows in its own language: visible text and the accessible words of its controls (aria-label,
 * placeholder, title, alt), each once. Text inside an element whose `lang` differs from the page's (the language
 * list, a letter in another language) is not the page's language and is left out.
 */
export function pageWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const lang = document.documentElement.lang;
    const out = new Set<string>();
    const inPageLanguage = (el: Element | null) => (el?.closest('[lang]')?.getAttribute('lang') ?? lang) === lang;
    const shown = (el: Element) => (el as HTMLElement).checkVisibility?.({ visibilityProperty: true }) ?? true;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      const text = node.textContent?.replace(/\s+/g, ' ').trim();
      if (!text || !el || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(el.tagName) || !inPageLanguage(el) || !shown(el)) continue;
      out.add(text);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [placeholder], [title], img[alt]')) {
      if (!inPageLanguage(el) || !shown(el)) continue;
      for (const attr of ['aria-label', 'placeholder', 'title', 'alt']) {
        const value = el.getAttribute(attr)?.trim();
        if (value) out.add(value);
      }
    }
    return [...out];
  });
}

/**
 * The demo data's own words (names, addresses, county messages, subjects): the same on every page language because
 * they are data, not the portal's words. Read from the seed's sources, where they are written.
 */
const DATA = ['src/db/seed/demo.ts', 'src/db/seed/demo-messages.ts', 'src/db/seed/demo-workday.ts', 'src/db/seed/demo-review.ts', 'src/db/seed/counties.json']
  .map((file) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'))
  .join('\n');

/** Names the portal writes the same in every language. */
const NAMES = /\b(?:IHSS|EVV|CDSS|PDF|CSV|ID|SMS|ca\.gov|Medi-Cal|P\d{4}-\d+)\b/g;

/**
 * Words on a page in another language that are the English page's words, left untranslated: the same text on both,
 * with a word of 3 letters or more once names, figures and the demo data are set aside.
 */
export function untranslated(words: readonly string[], englishWords: ReadonlySet<string>, kept: ReadonlySet<string> = new Set()): string[] {
  return words.filter((w) => englishWords.has(w) && !kept.has(w) && /\p{L}{3,}/u.test(w.replace(NAMES, ' ')) && !DATA.includes(w));
}

type Tree = { readonly [key: string]: string | Tree };

/** The English words of the keys a language keeps as in English on purpose (its glossary's "Kept as in English"). */
export async function keptWords(lang: Language): Promise<Set<string>> {
  const keys = keptAsInEnglish(lang);
  const english = (await loadTranslation('en')) as unknown as Tree;
  const at = (key: string) => key.split('.').reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), english);
  return new Set([...keys].map(at).filter((text): text is string => typeof text === 'string'));
}
