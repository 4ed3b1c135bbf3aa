// Public API of the core: compile a pack, load it as an index, annotate texts, search claims.
export { compilePack, COMPILED_FORMAT } from './pack/compile-pack.js';
export type { CompiledPack, CompiledClaim, CompiledEvidence, CompiledSource, CompiledSlots, CompiledEntity } from './pack/compile-pack.js';
export { loadIndex } from './match/match-index.js';
export type { MatchIndex } from './match/match-index.js';
export { spellingCovers, topicSpellings } from './match/topic-spellings.js';
export { minimalSpellings, topicPatterns, type TopicPatterns } from './match/topic-patterns.js';
export { annotate, decideVerdict } from './annotate.js';
export { searchClaims } from './search-claims.js';
export { segmentSentences } from './text/segment-sentences.js';
export type { SentenceSpan } from './text/segment-sentences.js';
export { normalizeText } from './text/normalize-text.js';
export * from './annotation-types.js';
export * from './pack/pack-types.js';
