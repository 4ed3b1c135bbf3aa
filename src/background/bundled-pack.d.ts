// The compiled claim pack shipped with this build, provided by build.mjs as a virtual module.
declare module 'corroborate:bundled-pack' {
  import type { CompiledPack } from '../core/pack/compile-pack.js';
  const pack: CompiledPack;
  export default pack;
}
