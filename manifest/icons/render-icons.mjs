// Renders the two Teams app icons from the one vector source, icon.svg:
//   color.png   192x192, the full icon
//   outline.png  32x32,  the white mark on a transparent background
// Run from the repository root after `npm ci`:  node manifest/icons/render-icons.mjs
// The PNGs are committed, so packaging the app does not need this step (or any native module).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const here = dirname(fileURLToPath(import.meta.url));
const source = readFileSync(join(here, 'icon.svg'), 'utf8');

function outlineSource(svg) {
  const viewBox = /data-outline-viewbox="([^"]+)"/.exec(svg)?.[1];
  if (!viewBox) throw new Error('icon.svg has no data-outline-viewbox attribute');
  // Drop colour-only groups (<g data-colour-only="true">…</g>) and single elements (<rect … />).
  const withoutColour = svg
    .replace(/<!--[\s\S]*?-->\s*/g, '')
    .replace(/<g\b[^>]*data-colour-only="true"[^>]*>[\s\S]*?<\/g>\s*/g, '')
    .replace(/<[a-z]+\b[^>]*data-colour-only="true"[^>]*\/>\s*/g, '');
  if (withoutColour.includes('data-colour-only')) throw new Error('icon.svg: a colour-only element was not removed');
  return withoutColour.replace(/viewBox="[^"]*"/, `viewBox="${viewBox}"`);
}

function render(svg, size) {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render();
  if (image.width !== size || image.height !== size) {
    throw new Error(`rendered ${image.width}x${image.height}, expected ${size}x${size}`);
  }
  return image.asPng();
}

writeFileSync(join(here, 'color.png'), render(source, 192));
writeFileSync(join(here, 'outline.png'), render(outlineSource(source), 32));
console.log('Wrote manifest/icons/color.png (192x192) and manifest/icons/outline.png (32x32).');
