import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin as PostcssPlugin } from 'postcss';
import { PurgeCSS } from 'purgecss';

/** Class names as the sources write them, `tablet:grid-col-6` included, and each part of such a name. */
function classNamesIn(content: string): string[] {
  const words = content.match(/[\w:-]+/g) ?? [];
  return [...words, ...words.flatMap((word) => (word.includes(':') ? word.split(':') : []))];
}

/**
 * Keeps, of a style sheet built from the whole U.S. Web Design System, only the rules whose classes the web app's
 * sources name (PurgeCSS): of some 570 kB, what the portal's screens use. `safelist` holds the classes that are put
 * together at run time (`usa-alert--${type}`), which no source spells out. Only the sheets that `sheet` matches are
 * touched; the portal's own CSS is all used.
 */
export function purgeUnusedCss(options: { sheet: RegExp; sources: string; safelist: RegExp[] }): PostcssPlugin {
  return {
    postcssPlugin: 'ihss-purge-unused-css',
    async Once(root, { result, parse }) {
      if (!options.sheet.test(result.opts.from ?? '')) return;
      const sources = readdirSync(options.sources, { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.(tsx?|html)$/.test(file) && !/\.test\.tsx?$/.test(file))
        .map((file) => ({ raw: readFileSync(path.join(options.sources, file), 'utf8'), extension: path.extname(file).slice(1) }));
      const [purged] = await new PurgeCSS().purge({
        content: sources,
        css: [{ raw: root.toString() }],
        defaultExtractor: classNamesIn,
        safelist: { standard: options.safelist },
        keyframes: true,
        fontFace: true,
      });
      root.removeAll();
      root.append(parse(purged?.css ?? '', { from: result.opts.from }).nodes);
    },
  };
}
