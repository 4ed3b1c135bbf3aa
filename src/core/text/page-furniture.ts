// Page furniture: the lines a news page prints around its story (link teasers, cross-references, photo credits,
// image file names, wire footers, share and comment prompts, tag lists). A copied or extracted page carries them
// with the article, and a badge on one of them would vouch for a headline of another story or a file name.
//
// Each test is for the form of a line, never for its topic: furniture is told by how it is written (a label and a
// colon, a name list, a token no reader types), so an article sentence that mentions a photo, a source or a report
// in prose stays article text. Annotating runs this on every sentence, so the first character and the first word
// decide which few patterns, if any, are tried.

import type { SentenceSpan } from './segment-sentences.js';

/**
 * A label that sends the reader to another page: "Read more:", "RELATED |", "See also", "Watch:". With a colon,
 * bar, arrow or dash after it, the rest of the sentence is the linked title; alone on its line, the lines after
 * it are the titles.
 */
const TEASER_LABEL = /^(?:read (?:more|also|next|the full (?:story|report|article))|also (?:read|see|on)|related(?: (?:stories|articles|coverage|content|reading|news|links|topics))?|see also|more (?:on (?:this|that) (?:story|topic)|from [^:|]{1,40}|stories|coverage|news)|watch(?: (?:the )?video)?|listen|recommended(?: (?:stories|reading|for you|videos?))?|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|top stories|latest (?:news|stories)|you (?:may|might) also (?:like|be interested in)|editor[s'’]{0,2} picks?|further reading)\b\s*(?:[:|»›>]|[\u2013\u2014-]\s|$)/i;

/** A bracketed pointer to another report: "[See LWJ report, <title>.]", "(Read more: ...)". */
const BRACKETED_REFERENCE = /^[[(]\s*(?:see|read|related|also see|for more|more on|click)\b[^\])]*[\])]\.?$/i;

/** "Click here", "For the full report, click here." */
const CLICK_HERE = /\bclick here\b/i;

/** A credit label and what follows it: "Photo: Reuters", "Source: Al Jazeera", "Image credit: AFP". */
const CREDIT_LABEL = /^(?:(?:file |main |top |header )?(?:photo(?:graph)?s?|pictures?|images?|illustrations?|video|footage|graphics?|maps?)(?: credits?)?|credits?|sources?|copyright|courtesy)\s*(?::|\||by\b)\s*(.+)$/i;

/** A short parenthesis alone: "(Photo: IS media channels)", "(Reuters)". */
const BRACKETED_CREDIT = /^\([^()]{1,80}\)$/;

/** A wire footer: "Reporting by A in Tripoli; Writing by B; Editing by C". */
const WIRE_FOOTER = /^(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]rit(?:ing|ten)|[Ee]dit(?:ing|ed)|[Cc]ompiled|[Tt]ranslat(?:ed|ion)|[Rr]esearch|[Pp]roduced) by\s+\p{Lu}/u;

/** A byline: "By Jane Doe", "By Jane Doe and John Roe, Reuters". */
const BYLINE = /^[Bb]y\s+\p{Lu}/u;

/** Share, subscribe and comment prompts. */
const PROMPT = /^(?:share (?:this|on|via|the)\b|sign up\b|subscribe\b|leave a (?:comment|reply)|post a (?:comment|reply)|add (?:a |your )?comment|comments?(?:\s*\(\d+\))?$|(?:view|show|load|hide|read|see) (?:all |the |more |\d+ )?(?:comments|replies)|join the (?:conversation|discussion|debate)|follow (?:us|me)\b|follow .{1,40} on (?:twitter|facebook|instagram|x|telegram|linkedin)\b|please (?:let us know|log in|sign in|read our|note that comments)\b.*\bcomment|be the first to comment|email (?:this|the author|us)\b|print (?:this|the) (?:article|page|story)|like us on|get (?:our|the) (?:newsletter|app)|download (?:our|the) app)/i;

/** "12 Comments", "3 replies", "1,024 shares". */
const COUNTED_PROMPT = /^\d[\d,.]*k?\s+(?:comments?|replies|reply|responses?|shares?)$/i;

/**
 * A reader's comment header: "• Jane Doe says:", "derna_watcher says: April 21, 2016 at 3:04 pm". The name is one
 * handle or a few capitalised words; after the colon comes nothing but the time of posting.
 */
const COMMENT_HEADER = /^(?:[•·*▪◦\u2013\u2014-]\s*)?(?:[^\s:]{1,30}|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s+(?:says|writes|wrote|replied|commented)\s*:(?:\s*(?:on\s+)?[\p{L}\d ,./:]{0,40}(?:\d{4}|\d:\d\d)[\p{L}\d ,./:]{0,20})?$/u;

/** A list of the page's tags or sections: "Tags: Libya, Derna", "Filed under: Middle East". */
const TAG_LIST = /^(?:tags?|tagged(?: with| in)?|topics?|related topics|filed (?:under|in)|categor(?:y|ies)|keywords|sections?|posted in)\s*:/i;

/** A URL escape inside a word: "%22liberation%22", "derna%20fighters". Prose writes a per cent sign after a figure. */
const URL_ESCAPE = /%[2-7][0-9A-F]/;

/** A screen capture's default name: "Screen Shot 2016-04-20 at 7.44.20 PM", "Screenshot_20160420". */
const SCREENSHOT_NAME = /^screen ?shot\b[\s_-]*\d/i;

/** A camera's or phone's file name: "IMG_1234", "DSC01234", "PXL_20160420". */
const CAMERA_NAME = /^(?:img|dsc|dscn|dcim|pxl|vid|mvimg|wp|photo)[_-]?\d{3,}/i;

/** A name that ends in a media or document extension: "derna-fighters.jpg". */
const FILE_EXTENSION = /[\p{L}\d_)-]\.(?:jpe?g|png|gif|webp|svg|tiff?|bmp|heic|avif|mp4|mov|webm|pdf)$/iu;

/** Words joined into one token with hyphens or underscores, as a URL slug or file name: "libya-derna-is-retreat". */
const SLUG = /^[\p{L}\d]+(?:[-_][\p{L}\d]+){2,}$/u;

/** An underscore between letters or digits: prose never writes one. */
const UNDERSCORE_JOIN = /[\p{L}\d]_[\p{L}\d]/u;

/**
 * A short date in front of a caption, as file names carry it: "16-04-20 MSC claims ...", "20160420_derna",
 * "2016-04-20-derna". A timeline's "2016-04-20: ..." or "20 April 2016 - ..." keeps its colon or dash, or
 * spells the year out, and is article text.
 */
const DATE_PREFIXED_NAME = /^(?:\d{2}-\d{2}-\d{2}\s+\p{L}|\d{8}[-_]|\d{4}[-_]\d{2}[-_]\d{2}[-_]\p{L})/u;

/** Lower-case words a line of names, agencies and credits may hold: "Reporting by A in Tripoli; Editing by B". */
const NAME_LINE_WORDS = new Set([
  'by', 'and', 'in', 'of', 'for', 'from', 'with', 'at', 'the', 'via', 'al', 'el', 'bin', 'ibn', 'abu', 'de', 'la', 'van', 'von',
  'additional', 'reporting', 'writing', 'editing', 'edited', 'written', 'compiled', 'translated', 'translation', 'research',
  'photo', 'photos', 'photograph', 'image', 'images', 'media', 'channels', 'channel', 'handout', 'file', 'courtesy', 'social',
  'supplied', 'agency', 'agencies', 'wire', 'wires', 'services', 'archive', 'press', 'office', 'news', 'pool', 'stringer', 'staff', 'correspondent', 'reporter', 'editor',
  'senior', 'contributor', 'writer', 'video', 'screengrab', 'screenshot', 'grab', 'copyright', 'all', 'rights', 'reserved',
]);

/** Photo agencies and stock libraries a credit line names. */
const CREDIT_AGENCY = /\b(?:getty|images|afp|reuters|ap|epa|anadolu|xinhua|aa|photo|pool|handout|stringer|shutterstock|alamy|corbis|sipa|zuma|dpa|ansa|efe)\b/i;

/** Characters that end a sentence of prose (a closing quote or bracket may follow the stop). */
const PROSE_END = /[.!?…]["'”’)\]]*$/;

/** Longest line read as a bare title under a teaser label. */
const MAX_TEASER_TITLE = 160;

/** How many titles a link list under one label is read for. */
const MAX_TEASER_LIST = 6;

/**
 * What decides which tests a sentence gets: the first word (lower-cased) of a sentence opening with a capital. A
 * sentence opening with a digit, a bracket, a bullet or a copyright sign is tested by its first character.
 */
const FIRST_WORDS = new Set([
  'read', 'also', 'related', 'see', 'more', 'watch', 'listen', 'recommended', 'most', 'trending', 'top', 'latest', 'you', 'editor',
  'editors', "editor's", 'further', 'click', 'for', 'to',
  'photo', 'photos', 'photograph', 'photographs', 'picture', 'pictures', 'image', 'images', 'illustration', 'illustrations',
  'video', 'footage', 'graphic', 'graphics', 'map', 'maps', 'credit', 'credits', 'source', 'sources', 'copyright', 'courtesy',
  'file', 'main', 'header',
  'additional', 'reporting', 'writing', 'written', 'editing', 'edited', 'compiled', 'translated', 'translation', 'research',
  'produced', 'by',
  'share', 'sign', 'subscribe', 'leave', 'post', 'add', 'comment', 'comments', 'view', 'show', 'load', 'hide', 'join', 'follow',
  'please', 'be', 'email', 'print', 'like', 'get', 'download',
  'tag', 'tags', 'tagged', 'topic', 'topics', 'filed', 'category', 'categories', 'keywords', 'section', 'sections', 'posted',
  'screen', 'screenshot',
]);

const FIRST_WORD = /^[A-Za-z'’]+/;

/**
 * Whether the sentence is page furniture rather than article text. `text` is the whole text the span was cut from;
 * `comments` its readers' comments, read once per text by a caller that asks for every sentence (`annotate()`).
 */
export function isPageFurniture(span: SentenceSpan, text: string, comments: ReaderComments = readerComments(text)): boolean {
  if (comments.some(([start, end]) => span.start >= start && span.start < end)) return true;
  const s = span.text;
  const first = s.charCodeAt(0);
  if (first === 0x5b /* [ */ || first === 0x28 /* ( */) return BRACKETED_REFERENCE.test(s) || isBracketedCredit(s);
  if (first === 0xa9 /* © */) return s.length <= 80;
  if (first >= 0x30 && first <= 0x39) {
    return COUNTED_PROMPT.test(s) || (DATE_PREFIXED_NAME.test(s) && !PROSE_END.test(s)) || hasUrlEscape(s) || isFileName(s);
  }
  const proseEnd = PROSE_END.test(s);
  const word = FIRST_WORD.exec(s)?.[0].toLowerCase();
  if (word !== undefined && FIRST_WORDS.has(word) && isLabelledFurniture(s, proseEnd)) return true;
  if (hasUrlEscape(s)) return true;
  // The rest is for lines that are no sentence of prose: a name, a credit, a comment header, a linked title.
  if (proseEnd) return false;
  if (isFileName(s) || COMMENT_HEADER.test(s)) return true;
  if (s.includes('/') && s.length <= 80 && CREDIT_AGENCY.test(s) && isNameLine(s)) return true;
  return isTeaserTitle(span, text);
}

/** The furniture a sentence's opening word announces. */
function isLabelledFurniture(s: string, proseEnd: boolean): boolean {
  const teaser = TEASER_LABEL.exec(s);
  if (teaser !== null) return true;
  if (CLICK_HERE.test(s) || TAG_LIST.test(s) || PROMPT.test(s) || SCREENSHOT_NAME.test(s)) return true;
  const credit = CREDIT_LABEL.exec(s);
  if (credit !== null) return isCredited(credit, proseEnd);
  if (WIRE_FOOTER.test(s)) return isNameLine(s);
  return BYLINE.test(s) && s.length <= 80 && isNameLine(s);
}

/**
 * Whether what follows a credit label is a credit: "Photo: Reuters", "Image: handout from the council's media
 * office". "Photo: Fighters celebrate in Derna on April 20." is a caption, and states a fact.
 */
function isCredited(credit: RegExpExecArray, proseEnd: boolean): boolean {
  const rest = credit[1] ?? '';
  if (isCreditText(rest)) return true;
  // A short fragment after a picture's label is its caption or credit; after "Sources:" it may be a headline's claim.
  return !proseEnd && rest.length <= 40 && !/^sources?\b/i.test(credit[0]);
}

/** "(Photo: IS media channels)", "(Reuters)": a credit in brackets, alone. */
function isBracketedCredit(s: string): boolean {
  if (!BRACKETED_CREDIT.test(s)) return false;
  const inner = s.slice(1, -1).trim();
  const credit = CREDIT_LABEL.exec(inner);
  return credit !== null ? isCredited(credit, PROSE_END.test(inner)) : isCreditText(inner);
}

/** A short run of names, agencies and credit words, with no verb or other prose word. */
function isCreditText(s: string): boolean {
  return s.length <= 80 && isNameLine(s);
}

/** Whether every lower-case word is one a line of names and credits uses. */
function isNameLine(s: string): boolean {
  for (const w of s.split(/[\s,;:|/()&+·•]+/)) {
    if (w === '') continue;
    const c = w.charCodeAt(0);
    // Capitalised words, figures and initials are names, dates and counts.
    if (!(c >= 0x61 && c <= 0x7a)) continue;
    // "al-Warfalli", "el-Sheikhy": a particle joined to a capitalised name.
    if (/-\p{Lu}/u.test(w)) continue;
    const bare = w.replace(/[.'’]+$/, '').toLowerCase();
    if (!NAME_LINE_WORDS.has(bare)) return false;
  }
  return true;
}

function hasUrlEscape(s: string): boolean {
  return s.includes('%') && URL_ESCAPE.test(s);
}

function isFileName(s: string): boolean {
  if (CAMERA_NAME.test(s) || FILE_EXTENSION.test(s)) return true;
  if (!s.includes(' ')) return SLUG.test(s) || UNDERSCORE_JOIN.test(s);
  return UNDERSCORE_JOIN.test(s) && !PROSE_END.test(s);
}

/**
 * A title in a link list: a line of its own, no sentence of prose, under a teaser label alone on its line ("Read
 * more", "Related stories"), with at most a few other such titles between them.
 */
function isTeaserTitle(span: SentenceSpan, text: string): boolean {
  if (span.text.length > MAX_TEASER_TITLE || !isWholeLine(text, span.start, span.end)) return false;
  let lineStart = span.start;
  for (let k = 0; k < MAX_TEASER_LIST; k++) {
    const before = previousLine(text, lineStart);
    if (before === undefined) return false;
    const line = text.slice(before[0], before[1]);
    if (TEASER_LABEL.test(line) && isBareLabel(line)) return true;
    if (line.length > MAX_TEASER_TITLE || PROSE_END.test(line)) return false;
    lineStart = before[0];
  }
  return false;
}

/** A teaser label with no title after it on its line: "Read more", "RELATED STORIES:". */
function isBareLabel(line: string): boolean {
  return /^[\p{L}\s'’]+[:|»›>\u2013\u2014-]?$/u.test(line) && line.length <= 40;
}

/** Whether the span fills its line (white space aside). */
function isWholeLine(text: string, start: number, end: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '\n' || c === '\r') break;
    if (c !== ' ' && c !== '\t' && c !== '\u00a0') return false;
  }
  for (let i = end; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r') break;
    if (c !== ' ' && c !== '\t' && c !== '\u00a0') return false;
  }
  return true;
}

/** The nearest non-blank line before the line that opens at `lineStart`, trimmed, as [start, end); none at the top. */
function previousLine(text: string, lineStart: number): [number, number] | undefined {
  let end = text.lastIndexOf('\n', lineStart - 1);
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    let a = start;
    let b = end;
    while (a < b && /\s/.test(text[a] as string)) a++;
    while (b > a && /\s/.test(text[b - 1] as string)) b--;
    if (b > a) return [a, b];
    end = start - 1;
  }
  return undefined;
}

/** A word a comment header ends with, before its colon: the cheap test for a thread anywhere in a text. */
const COMMENT_HEADER_WORD = /\b(?:says|writes|wrote|replied|commented)\s*:/;

/** Longest line of a comment thread read as a comment when it does not end like a sentence. */
const MAX_UNSTOPPED_COMMENT = 160;

/** The line that opens a page's comment section: "Comments", "12 Comments", "Leave a reply", "Reader comments (3)". */
const COMMENTS_OPENING = /^(?:\d[\d,.]*k?\s+)?(?:reader(?:s'|s’)? )?(?:comments?|responses?|replies|discussion)\b[^.!?]{0,30}$|^(?:leave|post) a (?:comment|reply)\b/i;

/** Where readers' comments run in a text, as [start, end) offsets. */
export type ReaderComments = ReadonlyArray<readonly [number, number]>;

/**
 * The readers' comments of a text: the lines of prose under each comment header ("Jane Doe says:"), up to the next
 * header or the first line that is not prose (a heading, a link list), in a comment section (after a line that opens
 * one: an article may introduce a quote with "Khalifa Haftar says:"). A reader's view of the events is not the
 * article's, and a badge on it would vouch for the page's comment section.
 */
export function readerComments(text: string): ReaderComments {
  if (!COMMENT_HEADER_WORD.test(text)) return [];
  const comments: Array<[number, number]> = [];
  let open: [number, number] | undefined;
  let section = false;
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, end).trim();
    if (line !== '') {
      if (!section) section = COMMENTS_OPENING.test(line);
      else if (COMMENT_HEADER.test(line)) {
        open = [end, end];
        comments.push(open);
      } else if (open !== undefined && (PROSE_END.test(line) || line.length > MAX_UNSTOPPED_COMMENT)) open[1] = end;
      else open = undefined;
    }
    start = end + 1;
  }
  return comments.filter(([start, end]) => end > start);
}
