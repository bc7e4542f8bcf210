// Builds the embeddable widget: node widget/build.mjs (from anywhere).
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const widgetDir = dirname(fileURLToPath(import.meta.url));
const rootDir = dirname(widgetDir);
const outDir = join(rootDir, 'dist', 'widget');
const outFile = join(outDir, 'widget.js');

await mkdir(outDir, { recursive: true });
await build({
  entryPoints: [join(widgetDir, 'src', 'main.ts')],
  outfile: outFile,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2019',
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
  tsconfig: join(widgetDir, 'tsconfig.json'),
  logLevel: 'warning',
});
await copyFile(join(widgetDir, 'demo.html'), join(outDir, 'demo.html'));

const code = await readFile(outFile);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(
  `${relative(process.cwd(), outFile) || outFile}: ${kb(code.length)} (${kb(gzipSync(code, { level: 9 }).length)} gzipped)`,
);
