// What `import browser from 'webextension-polyfill'` resolves to in the bundles (build.mjs,
// polyfillPlugin): the same polyfill, in its own minified build, handed on as a plain default
// export. Importing the package directly made esbuild wrap it in its CommonJS-to-ESM interop
// (__toESM), which walks every own property of the exported object; Chromium 156 has a native
// `browser`, which the polyfill exports as it is, and CPU profiles of content.js showed that walk
// calling into the native API object (`get app`). `require` here gives module.exports as it is and
// walks nothing. (Measured effect on a loaded 2-core VM: within noise of the ~10 ms evaluation.)
// eslint-disable-next-line no-undef
const browser = require('webextension-polyfill/dist/browser-polyfill.min.js');
export default browser;
