import { createRequire } from 'node:module';
import type { Language } from '../../../contracts/messages/index.js';

const require = createRequire(import.meta.url);
const noto = (pkg: string, name: string) => ({
  regular: require.resolve(`@expo-google-fonts/${pkg}/400Regular/${name}_400Regular.ttf`),
  bold: require.resolve(`@expo-google-fonts/${pkg}/700Bold/${name}_700Bold.ttf`),
});

/** A stub's two typefaces: a PDF standard font's name, or the path of a font file to embed. */
export interface StubFonts {
  readonly regular: string;
  readonly bold: string;
}

const HELVETICA: StubFonts = { regular: 'Helvetica', bold: 'Helvetica-Bold' };

/**
 * The typefaces of the pay stub in each language. PDF's built-in Helvetica (WinAnsi) holds English, Spanish and
 * Tagalog, and costs nothing to embed. Vietnamese and Russian need Noto Sans (Latin Extended, Cyrillic); Armenian,
 * Chinese (Traditional) and Korean need the Noto font of their script, which also holds the Latin digits and signs of
 * the figures. pdfkit embeds only the glyphs a stub uses. Noto fonts: SIL Open Font License 1.1.
 */
export const STUB_FONTS: Readonly<Record<Language, StubFonts>> = {
  en: HELVETICA,
  es: HELVETICA,
  tl: HELVETICA,
  vi: noto('noto-sans', 'NotoSans'),
  ru: noto('noto-sans', 'NotoSans'),
  hy: noto('noto-sans-armenian', 'NotoSansArmenian'),
  zh: noto('noto-sans-tc', 'NotoSansTC'),
  ko: noto('noto-sans-kr', 'NotoSansKR'),
};
