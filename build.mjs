// Builds the unpacked extension for Chromium (dist/chrome) and Firefox (dist/firefox) from one
// source manifest, compiles and validates the claim pack, and with --package writes store zips.
//   node build.mjs             one build
//   node build.mjs --watch     rebuild on change
//   node build.mjs --package   build, then dist/corroborate-<browser>-<version>.zip
import * as esbuild from 'esbuild';
import { tsImport } from 'tsx/esm/api';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipDirectory } from './src/tools/zip-directory.mjs';

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const DIST = path.join(ROOT, 'dist');
const BROWSERS = ['chrome', 'firefox'];
const args = new Set(process.argv.slice(2));

// Each entry point becomes <name>.js at the extension root. MODULE_ENTRIES are ES modules (the
// content script imports content-main.js only on pages that name the topic); the others are IIFEs.
const MODULE_ENTRIES = {
  'content-main': 'src/content/content-main.ts',
};
// The content script, built apart from the other IIFEs (see contentOptions).
const CONTENT_ENTRY = 'src/content/index.ts';
// The background, built apart from the other IIFEs (see chromeBackgroundOptions).
const BACKGROUND_ENTRY = 'src/background/index.ts';
const ENTRIES = {
  // Registered by the background (scripting.registerContentScripts) only while an imported pack
  // names a topic the bundled pack does not, and the user has let it look for it on pages.
  'topic-extra': 'src/content/topic-extra.ts',
  popup: 'src/popup/index.tsx',
  options: 'src/options/index.tsx',
};
// Files copied as they are, from src path to extension path.
const STATIC_FILES = {
  'src/popup/popup.html': 'popup.html',
  'src/popup/popup.css': 'popup.css',
  'src/options/options.html': 'options.html',
  'src/options/options.css': 'options.css',
  'src/content/content.css': 'content.css',
};
const STATIC_DIRS = { icons: 'icons', 'src/_locales': '_locales' };

async function loadCompiledPack() {
  const started = performance.now();
  const { readPack } = await tsImport('./src/tools/read-pack.ts', import.meta.url);
  const { compilePack } = await tsImport('./src/core/pack/compile-pack.ts', import.meta.url);
  const { pack, problems } = await readPack(path.join(ROOT, 'data'));
  if (problems.length > 0) {
    const lines = problems.map((p) => `  ${p.file ?? 'data'}${p.id ? ` [${p.id}]` : ''}: ${p.message}`);
    throw new BuildError(`The claim pack has ${problems.length} problem(s):\n${lines.join('\n')}`);
  }
  const compiled = compilePack(pack);
  const json = JSON.stringify(compiled);
  const { loadIndex, topicSpellings } = await tsImport('./src/core/index.ts', import.meta.url);
  const { topicPatterns } = await tsImport('./src/core/match/topic-patterns.ts', import.meta.url);
  // The pre-check's patterns, not the spellings: content.js is parsed on every page, and the code
  // that builds patterns from spellings would be parsed (and run) there too.
  bundledPatternsJson = JSON.stringify(topicPatterns(topicSpellings(loadIndex(compiled))));
  await mkdir(DIST, { recursive: true });
  await writeFile(path.join(DIST, 'pack.json'), json);
  const ms = (performance.now() - started).toFixed(0);
  console.log(`claim pack: ${pack.claims.length} claims, ${pack.sources.length} sources -> dist/pack.json ${kb(json.length)} (${ms} ms)`);
  return json;
}

class BuildError extends Error {}

/** The pre-check's patterns for the bundled pack's topic spellings, baked into content.js (set by loadCompiledPack). */
let bundledPatternsJson = '{"firstWords":"","arabicFirstWords":false,"full":""}';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Resolves `import pack from 'corroborate:bundled-pack'` to the compiled pack of this build. */
function bundledPackPlugin(getJson) {
  return {
    name: 'bundled-pack',
    setup(build) {
      build.onResolve({ filter: /^corroborate:bundled-pack$/ }, () => ({ path: 'bundled-pack', namespace: 'corroborate' }));
      // The pre-check's patterns for the same pack's topic spellings: the content script runs them
      // before it touches any extension API.
      build.onResolve({ filter: /^corroborate:bundled-topic-patterns$/ }, () => ({ path: 'bundled-topic-patterns', namespace: 'corroborate' }));
      build.onLoad({ filter: /.*/, namespace: 'corroborate' }, (args) => ({ contents: args.path === 'bundled-topic-patterns' ? bundledPatternsJson : getJson(), loader: 'json' }));
    },
  };
}

/**
 * `import browser from 'webextension-polyfill'` gets src/shared/webextension-polyfill-entry.js: the
 * polyfill's minified file (a quarter of the bytes for the background and the UI pages to parse), passed on without
 * esbuild's CommonJS interop copy of the API object (see that file for the measured cost).
 */
function polyfillPlugin() {
  return {
    name: 'webextension-polyfill-entry',
    setup(build) {
      build.onResolve({ filter: /^webextension-polyfill$/ }, () => ({ path: path.join(ROOT, 'src/shared/webextension-polyfill-entry.js') }));
    },
  };
}

/**
 * Preact can render raw markup through `dangerouslySetInnerHTML`; Corroborate never does, since pack and
 * page text must stay text. Turning that one sink into `textContent` guarantees it, and keeps addons-linter's
 * UNSAFE_VAR_ASSIGNMENT warning (about that line of Preact) from failing `web-ext lint`. The build fails if a
 * Preact upgrade moves the line, so the guarantee cannot lapse silently.
 */
function preactWithoutMarkupSinkPlugin() {
  const SINK = /(\w+)\.innerHTML=(\w+)\.__html/g;
  return {
    name: 'preact-without-markup-sink',
    setup(build) {
      build.onLoad({ filter: /node_modules[\\/]preact[\\/]dist[\\/]preact\.module\.js$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!SINK.test(source)) throw new Error(`${args.path}: the dangerouslySetInnerHTML sink was not found; update preactWithoutMarkupSinkPlugin`);
        return { contents: source.replace(SINK, '$1.textContent=$2.__html'), loader: 'js' };
      });
    },
  };
}

function esbuildOptions(getPackJson, format = 'iife') {
  const entries = format === 'esm' ? MODULE_ENTRIES : ENTRIES;
  return {
    entryPoints: Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, path.join(ROOT, file)])),
    outdir: path.join(DIST, 'bundle'),
    bundle: true,
    // Content scripts cannot be modules, and one format keeps both browsers alike; content-main.js
    // is the one module (loaded with import() by the content script).
    format,

    target: ['chrome120', 'firefox128'],
    sourcemap: 'linked',
    minify: false,
    metafile: true,
    logLevel: 'warning',
    legalComments: 'none',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [bundledPackPlugin(getPackJson), preactWithoutMarkupSinkPlugin(), polyfillPlugin()],
  };
}

/**
 * Chromium's content.js, minified: it is parsed on every page the user opens, and most pages never
 * name the topic. Since it reads the page and sends the first annotatePage itself (first-reading.ts,
 * with src/dom's extractor), its compile cost grew with its size: 35 KiB unminified cost the
 * 10,000-word page not about the topic 0.3-0.4 ms more CPU than the earlier 20 KiB (interleaved A/B
 * runs); minified (18 KiB) about 0.2 ms more (README, "In the page"). The linked source map keeps
 * it readable in DevTools. Firefox's content.js, which bundles the page run, stays unminified for its
 * reviewers.
 */
function chromeContentOptions(getPackJson) {
  return { ...esbuildOptions(getPackJson), entryPoints: { content: path.join(ROOT, CONTENT_ENTRY) }, minify: true };
}

/**
 * Chromium's background.js, minified (486 -> 337 KiB; the claim pack, 178 KiB of JSON, is most of
 * what is left): Chromium stops the extension's service worker after about 30 s idle, and the next
 * page that names the topic starts it again, so the worker's script is loaded, compiled and evaluated
 * on the way to that page's badges (its compile took about 11 -> 6 ms in interleaved A/B runs; README,
 * "In the page"). The linked source map keeps it readable in DevTools. Firefox's background.js stays
 * unminified (firefoxContentOptions), like its content.js, for its reviewers.
 */
function chromeBackgroundOptions(getPackJson) {
  return { ...esbuildOptions(getPackJson), entryPoints: { background: path.join(ROOT, BACKGROUND_ENTRY) }, minify: true };
}

/**
 * Firefox's content.js: the same entry with the page run bundled in (load-page-run-bundled.ts), since
 * addons-linter rejects import() of a computed URL and Firefox then needs no web-accessible file.
 * Firefox's background.js is built here too, unminified (Chromium's is minified: chromeBackgroundOptions).
 */
function firefoxContentOptions(getPackJson) {
  const base = esbuildOptions(getPackJson);
  return {
    ...base,
    entryPoints: { content: path.join(ROOT, CONTENT_ENTRY), background: path.join(ROOT, BACKGROUND_ENTRY) },
    outdir: path.join(DIST, 'bundle-firefox'),
    plugins: [...base.plugins, {
      name: 'bundled-page-run',
      setup(build) {
        build.onResolve({ filter: /^\.\/load-page-run\.js$/ }, (args) => ({ path: path.join(args.resolveDir, 'load-page-run-bundled.ts') }));
      },
    }],
  };
}

/** Both builds' outputs, for the size report. */
const mergeMetafiles = (...metafiles) => ({ outputs: Object.assign({}, ...metafiles.map((m) => m?.outputs ?? {})) });

async function writeExtensions(metafile) {
  const sourceManifest = JSON.parse(await readFile(path.join(ROOT, 'manifest.json'), 'utf8'));
  for (const browser of BROWSERS) {
    const out = path.join(DIST, browser);
    await rm(out, { recursive: true, force: true });
    await mkdir(out, { recursive: true });
    await cp(path.join(DIST, 'bundle'), out, { recursive: true });
    if (browser === 'firefox') {
      for (const file of ['content-main.js', 'content-main.js.map']) await rm(path.join(out, file), { force: true });
      await cp(path.join(DIST, 'bundle-firefox'), out, { recursive: true });
    }
    for (const [from, to] of Object.entries(STATIC_FILES)) await cp(path.join(ROOT, from), path.join(out, to));
    for (const [from, to] of Object.entries(STATIC_DIRS)) await cp(path.join(ROOT, from), path.join(out, to), { recursive: true });
    const { manifestFor } = await tsImport('./src/tools/browser-manifest.ts', import.meta.url);
    const manifest = manifestFor(browser, sourceManifest);
    await writeFile(path.join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  }
  const sizes = Object.entries(metafile.outputs)
    .filter(([file]) => file.endsWith('.js'))
    .map(([file, info]) => `  ${path.basename(file).padEnd(16)} ${kb(info.bytes)}`);
  console.log(`bundles:\n${sizes.join('\n')}`);
  console.log(`wrote ${BROWSERS.map((b) => `dist/${b}/`).join(' and ')}`);
}

async function packageZips() {
  const { version } = JSON.parse(await readFile(path.join(ROOT, 'manifest.json'), 'utf8'));
  for (const browser of BROWSERS) {
    const zip = path.join(DIST, `corroborate-${browser}-${version}.zip`);
    // Source maps stay out of the store upload; they are for local debugging.
    const bytes = await zipDirectory(path.join(DIST, browser), zip, (file) => !file.endsWith('.map'));
    console.log(`package: ${path.relative(ROOT, zip)} ${kb(bytes)}`);
  }
}

async function main() {
  let packJson = await loadCompiledPack();
  const options = esbuildOptions(() => packJson);
  // content-main.js, minified (61 -> 34 KiB, linked source map): it is fetched, parsed and run on the
  // way to the badges of every page that names the topic.
  const moduleOptions = { ...esbuildOptions(() => packJson, 'esm'), minify: true };
  const contentOptions = chromeContentOptions(() => packJson);
  const firefoxOptions = firefoxContentOptions(() => packJson);
  const backgroundOptions = chromeBackgroundOptions(() => packJson);
  if (args.has('--watch')) {
    const latest = { iife: undefined, content: undefined, esm: undefined, firefox: undefined, background: undefined };
    const contexts = await Promise.all([['iife', options], ['content', contentOptions], ['esm', moduleOptions], ['firefox', firefoxOptions], ['background', backgroundOptions]].map(([format, opts]) => esbuild.context({
      ...opts,
      plugins: [...opts.plugins, {
        name: 'write-extensions',
        setup(build) {
          if (format === 'iife') build.onStart(async () => { packJson = await loadCompiledPack().catch(report); });
          build.onEnd(async (result) => {
            if (result.errors.length > 0) return;
            latest[format] = result.metafile;
            if (latest.iife && latest.content && latest.esm && latest.firefox && latest.background) await writeExtensions(mergeMetafiles(latest.iife, latest.content, latest.esm, latest.background));
          });
        },
      }],
    })));
    await Promise.all(contexts.map((ctx) => ctx.watch()));
    console.log('watching src/ for changes (the claim pack is re-read on each rebuild) (Ctrl+C to stop)');
    return;
  }
  const [result, contentResult, moduleResult, backgroundResult] = await Promise.all([esbuild.build(options), esbuild.build(contentOptions), esbuild.build(moduleOptions), esbuild.build(backgroundOptions), esbuild.build(firefoxOptions)]);
  await writeExtensions(mergeMetafiles(result.metafile, contentResult.metafile, moduleResult.metafile, backgroundResult.metafile));
  if (args.has('--package')) await packageZips();
}

function report(error) {
  console.error(error instanceof BuildError ? error.message : error);
  return undefined;
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  main().catch((error) => {
    report(error);
    process.exitCode = 1;
  });
}
