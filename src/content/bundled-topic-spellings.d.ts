// The topic gate's spellings of the pack bundled with this build, provided by build.mjs as a virtual
// module: content.js looks for them before it touches any extension API.
declare module 'corroborate:bundled-topic-spellings' {
  const spellings: string[];
  export default spellings;
}
