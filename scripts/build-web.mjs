#!/usr/bin/env node
// Bundles the JS API (web/src/) with esbuild into web/dist/, beside the wasm build's glue and
// newsmark.wasm (the CMake wasm build writes those first and then runs this):
//   newsmark.mjs          ES module for pages, module workers and node 20
//   newsmark-worker.mjs   the analysis worker (module worker; node worker_threads)
//   newsmark.js           classic script setting self.Newsmark, glue inside, for MV3 service
//                         workers, content scripts and pages without modules
//   newsmark-worker.js    the analysis worker as a classic script
//   newsmark.d.ts         the TypeScript declarations
//   demo/                 the demo page (its own folder; not part of what the API loads)
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const SRC = `${ROOT}/web/src`;
const DIST = `${ROOT}/web/dist`;
const GLUE_CJS = `${DIST}/newsmark-core.cjs`;
if (!existsSync(GLUE_CJS)) {
  console.error(`build-web: ${GLUE_CJS} missing; run scripts/build wasm (it runs this script afterwards)`);
  process.exit(2);
}

const banner = { js: '// Newsmark (Apache-2.0): built by scripts/build-web.mjs from web/src/. Bundles ICU (Unicode License) in newsmark.wasm.' };
// Not minified and without source maps: web/dist/ holds only what runs, and an embedder
// debugging a page reads the same code as web/src/ (gzip takes most of the difference).
const common = { bundle: true, logLevel: 'warning', banner, target: ['es2022'], legalComments: 'none' };

// ES modules: the glue stays a separate file, loaded at run time beside the bundle.
const esm = { ...common, format: 'esm', platform: 'neutral', external: ['./newsmark-core.mjs', './newsmark-core.cjs', 'node:*'] };

// Classic scripts: core.mjs is swapped for core-classic.mjs and the CommonJS glue is
// bundled in (its node-only require()s of fs/path are never reached in a browser).
const classicCore = {
  name: 'classic-core',
  setup(b) {
    b.onResolve({ filter: /^\.\/core\.mjs$/ }, () => ({ path: `${SRC}/core-classic.mjs` }));
    b.onResolve({ filter: /^newsmark-core-glue$/ }, () => ({ path: GLUE_CJS }));
    // node-only imports (never reached: isNode is false here) become an empty module, so the
    // script holds no import() at all (MV3 service workers reject it).
    b.onResolve({ filter: /^node:/ }, (a) => ({ path: a.path, namespace: 'node-stub' }));
    b.onLoad({ filter: /.*/, namespace: 'node-stub' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};
const classic = { ...common, format: 'iife', platform: 'browser', plugins: [classicCore], external: ['fs', 'path'], minifySyntax: true };

await Promise.all([
  build({ ...esm, entryPoints: [`${SRC}/newsmark.mjs`], outfile: `${DIST}/newsmark.mjs` }),
  build({ ...esm, entryPoints: [`${SRC}/worker.mjs`], outfile: `${DIST}/newsmark-worker.mjs` }),
  build({ ...classic, entryPoints: [`${SRC}/classic.mjs`], outfile: `${DIST}/newsmark.js` }),
  build({ ...classic, entryPoints: [`${SRC}/worker.mjs`], outfile: `${DIST}/newsmark-worker.js` }),
]);
copyFileSync(`${ROOT}/web/newsmark.d.ts`, `${DIST}/newsmark.d.ts`);
for (const name of readdirSync(DIST)) if (name.endsWith('.map')) rmSync(`${DIST}/${name}`);  // from older builds

// The demo: static files, copied as they are (demo.mjs imports ../newsmark.mjs).
const copyTree = (from, to) => {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    const src = join(from, name);
    if (statSync(src).isDirectory()) copyTree(src, join(to, name));
    else copyFileSync(src, join(to, name));
  }
};
rmSync(`${DIST}/demo`, { recursive: true, force: true });
copyTree(`${ROOT}/web/demo`, `${DIST}/demo`);
mkdirSync(dirname(`${DIST}/demo`), { recursive: true });
