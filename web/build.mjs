// Bundles the explorer and GraphiQL from npm packages into dist/web, so the API serves both
// without loading anything from another origin.
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
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
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildWeb();
}
