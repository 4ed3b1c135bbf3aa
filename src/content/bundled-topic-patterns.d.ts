// The pre-check's patterns (core `topicPatterns`) for the topic gate's spellings of the pack
// bundled with this build, provided by build.mjs as a virtual module: content.js runs them before
// it touches any extension API.
declare module 'corroborate:bundled-topic-patterns' {
  const patterns: import('../core/match/topic-patterns.js').TopicPatterns;
  export default patterns;
}
