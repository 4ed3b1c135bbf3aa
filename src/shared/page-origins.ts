// The pages content scripts run in: the manifest's content_scripts matches, and the optional host
// access the user may grant so that topic-extra.js can be registered for the same pages (a unit
// test keeps the three lists equal).
export const PAGE_ORIGINS: readonly string[] = ['http://*/*', 'https://*/*', 'file:///*'];

/** The registration id of topic-extra.js. */
export const TOPIC_SCRIPT_ID = 'corroborate-imported-topics';
