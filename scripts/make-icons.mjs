// Draws the installed app's icons from the favicon's design (src/web/public/favicon.svg): the house on the
// portal's navy. Run once when the design changes (`node scripts/make-icons.mjs`) and commit the PNGs: the build
// only copies them, so it needs no image tools.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const favicon = readFileSync(path.join(repo, 'src/web/public/favicon.svg'), 'utf8');
const house = /<path d="([^"]+)"/.exec(favicon)[1];
const navy = /fill="(#[0-9a-f]{6})"/i.exec(favicon)[1];

/**
 * A maskable icon is cut to any shape the phone likes, keeping only the circle of 80% of its width (W3C
 * Manifest, "icon masks"), so its background fills the square and the house is drawn smaller in the middle.
 */
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${navy}"/><g transform="translate(16 16) scale(0.7) translate(-16 -16)"><path d="${house}" fill="#fff"/></g></svg>`;

const icons = [
  ['icon-192.png', favicon, 192],
  ['icon-512.png', favicon, 512],
  ['icon-maskable-512.png', maskable, 512],
];
for (const [name, svg, size] of icons) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(path.join(repo, 'src/web/public/icons', name), png);
  console.log(`src/web/public/icons/${name}: ${size}x${size}, ${png.length} bytes`);
}
