// topic-extra.js: a content script the background registers (scripting.registerContentScripts)
// only while an imported pack names a topic the bundled pack does not, and the user has let the
// extension look for it on pages. It only tells content.js to ask the background for every pack's
// spellings when the bundled ones are not on the page; see extra-topics-signal.ts.
import { announceExtraTopics } from './extra-topics-signal.js';

if (window.top === window) announceExtraTopics();
