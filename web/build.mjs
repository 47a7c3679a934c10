// Bundles the explorer and GraphiQL from npm packages into dist/web, so the API serves both
// without loading anything from another origin.
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import * as esbuild from 'esbuild';

const webDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(webDir);
const outDir = path.join(root, 'dist', 'web');

/** The operations of examples/, each with its variables, as GraphiQL tabs. */
function exampleTabs() {
  const dir = path.join(root, 'examples');
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const variables = path.join(dir, file.replace(/\.graphql$/, '.variables.json'));
      return {
        query: fs.readFileSync(path.join(dir, file), 'utf8'),
        variables: fs.existsSync(variables) ? fs.readFileSync(variables, 'utf8') : undefined,
      };
    });
}

export async function buildWeb() {
  fs.rmSync(outDir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: {
      explorer: path.join(webDir, 'explorer', 'main.tsx'),
      graphiql: path.join(webDir, 'graphiql', 'main.tsx'),
    },
    outdir: path.join(outDir, 'assets'),
    bundle: true,
    minify: process.env.WEB_MINIFY !== 'false',
    sourcemap: true,
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.svg': 'file' },
    define: {
      'process.env.NODE_ENV': '"production"',
      EXAMPLE_TABS: JSON.stringify(exampleTabs()),
    },
    logLevel: 'warning',
  });
  for (const page of ['explorer', 'graphiql']) {
    fs.copyFileSync(path.join(webDir, page, 'index.html'), path.join(outDir, `${page}.html`));
  }
  compressAssets(path.join(outDir, 'assets'));
}

/**
 * Brotli and gzip copies beside each bundle, made once here rather than per request: the API
 * sends the one a browser accepts (the explorer's script: 824 KB, 235 KB as Brotli). Brotli at
 * quality 9 keeps `npm start`'s build within a fraction of a second; source maps, fetched only
 * by developer tools, get gzip alone.
 */
function compressAssets(dir) {
  for (const file of fs.readdirSync(dir)) {
    const full = path.join(dir, file);
    const bytes = fs.readFileSync(full);
    fs.writeFileSync(`${full}.gz`, zlib.gzipSync(bytes, { level: 9 }));
    if (file.endsWith('.map')) continue;
    const brotli = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9 } };
    fs.writeFileSync(`${full}.br`, zlib.brotliCompressSync(bytes, brotli));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildWeb();
}
