// Visible text of any DOM root, in reading order, with a map from every text offset back to
// the Text node it came from. DOM-standard only (no extension API), so the content script and
// the CLI (over happy-dom) read a page the same way.
//
// Why iterative: a hostile page may nest 10,000 elements deep; recursion would overflow the
// stack. Why chunkable: a page with 100,000 text nodes must be processed in idle-time slices,
// never in one long task. `createTextExtractor` walks a bounded number of nodes per `step`.

/** A run of output characters that maps one-to-one onto characters of one Text node. */
export interface TextSegment {
  node: Text;
  /** Offset of the run in `ExtractedText.text`. */
  start: number;
  /** Offset of the run in `node.data`. */
  nodeStart: number;
  length: number;
  /** True when the run is one collapsed whitespace character (its source char may be \n or \t). */
  collapsed: boolean;
}

export interface ExtractedText {
  /** Visible text: blocks separated by "\n\n", <br> as "\n", whitespace collapsed outside <pre>. */
  text: string;
  /** Sorted by `start`, non-overlapping. Characters between segments are synthetic separators. */
  segments: TextSegment[];
  /** True when `maxChars` was reached and the rest of the root was not read. */
  truncated: boolean;
  /** Same-origin frame documents that were read (the caller may observe them too). */
  frames: Document[];
}

export interface ExtractOptions {
  /** Extra hidden check, e.g. computed style in a browser. Attribute checks always apply. */
  isHidden?: (el: Element) => boolean;
  /** Whether an element starts a new block. Defaults to a tag-name list (no style access). */
  isBlock?: (el: Element) => boolean;
  /** Read open shadow roots (with their slots) instead of light children. Default true. */
  includeShadowRoots?: boolean;
  /** Read same-origin iframes as blocks. Default false (a content script may run in each frame). */
  includeFrames?: boolean;
  /** Stop after this many characters of output. Default 4,000,000. */
  maxChars?: number;
}

const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'OPTGROUP',
  'BUTTON', 'HEAD', 'TITLE', 'META', 'LINK', 'BASE', 'SVG', 'MATH', 'CANVAS', 'VIDEO', 'AUDIO',
  'OBJECT', 'EMBED', 'IMG', 'PICTURE', 'SOURCE', 'TRACK', 'MAP', 'AREA', 'DATALIST', 'DIALOG',
  'FRAMESET', 'FRAME', 'PORTAL', 'SEARCH',
]);

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIR',
  'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4',
  'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'HTML', 'IFRAME', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV',
  'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
  'LISTING', 'PLAINTEXT', 'XMP',
]);

const PRE_TAGS = new Set(['PRE', 'LISTING', 'PLAINTEXT', 'XMP']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const DOCUMENT_NODE = 9;
const DOCUMENT_FRAGMENT_NODE = 11;

export function isBlockByTag(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

/** True for elements the extension itself puts into pages. */
export function isOwnElement(el: Element): boolean {
  return el.localName.startsWith('corroborate-');
}

/**
 * Page furniture around an article: site navigation, sidebars of related links, footers, reader
 * comments, share bars. Their lines (often other articles' headlines) are not what the reader is
 * reading, and badging them would mark sentences no article states.
 */
const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER']);
const FURNITURE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search']);
const FURNITURE_NAME = /(?:^|[\s_-])(?:comments?|comment-list|related|sidebar|share|social|newsletter|breadcrumbs?|most-read|trending)(?:[\s_-]|$)/i;

export function isPageFurniture(el: Element): boolean {
  return FURNITURE_TAGS.has(el.tagName.toUpperCase()) || isFurnitureByAttributes(el);
}

function isFurnitureByAttributes(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role !== null && FURNITURE_ROLES.has(role)) return true;
  const id = el.getAttribute('id');
  const cls = el.getAttribute('class');
  return (id !== null && FURNITURE_NAME.test(id)) || (cls !== null && FURNITURE_NAME.test(cls));
}

/** Attribute-level reasons to skip an element and everything inside it. */
export function isSkippedByMarkup(el: Element): boolean {
  return isSkippedTagOrMarkup(el, el.tagName.toUpperCase());
}

/**
 * isSkippedByMarkup with the upper-case tag already read. Most elements of an article carry no
 * attribute at all, and for them one hasAttributes() call stands for the six attribute reads.
 */
function isSkippedTagOrMarkup(el: Element, tag: string): boolean {
  if (SKIPPED_TAGS.has(tag) || FURNITURE_TAGS.has(tag) || isOwnElement(el)) return true;
  if (!el.hasAttributes()) return false;
  if (isFurnitureByAttributes(el)) return true;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/**
 * A hidden check for browsers: computed display/visibility. To stay cheap on long pages it
 * only asks about elements that a page stylesheet is likely to hide: those with a class, id or
 * style attribute, and custom elements. Bare <p>, <em>, <a href> are taken as visible unless an
 * ancestor was hidden (whose whole subtree is skipped anyway); so is the text of a closed <details>,
 * which the reader can open.
 */
export function isHiddenByStyle(el: Element): boolean {
  const plain = !el.hasAttributes() || (!el.hasAttribute('class') && !el.hasAttribute('id') && !el.hasAttribute('style'));
  if (plain && !el.localName.includes('-')) {
    return false;
  }
  return isHiddenByComputedStyle(el);
}

/** Computed display/visibility for any element (checkVisibility where the engine has it). */
export function isHiddenByComputedStyle(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === 'function') {
    if (check.call(el, { visibilityProperty: true })) return false;
    // display: contents has no box of its own, so checkVisibility says false; its children show.
    return el.ownerDocument.defaultView?.getComputedStyle(el).display !== 'contents';
  }
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const style = view.getComputedStyle(el);
  return style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse';
}

/**
 * The walk's stack holds nodes still to read and, as plain numbers, the ends of the elements being
 * read (EXIT_BLOCK and EXIT_PRE bits): no object per node.
 */
type Frame = Node | number;
const EXIT_BLOCK = 1;
const EXIT_PRE = 2;

export interface TextExtractor {
  /** Walks until done or until `shouldYield()` is true (checked every 64 nodes). Returns true when done. */
  step(shouldYield?: () => boolean): boolean;
  /** The text read so far (complete once `step` has returned true). */
  result(): ExtractedText;
  /** Nodes visited so far. */
  readonly visited: number;
}

/**
 * Whitespace that CSS collapses and that does not map one-to-one onto a single output space:
 * any run holding a tab/newline/CR/FF, two or more spaces, or a lone space at either end of the node.
 */
const SPECIAL_WS = /[\t\n\r\f][ \t\n\r\f]*| [ \t\n\r\f]+|^ | $/g;

export function createTextExtractor(root: Node, options: ExtractOptions = {}): TextExtractor {
  const isBlock = options.isBlock ?? isBlockByTag;
  const isHidden = options.isHidden;
  const includeShadow = options.includeShadowRoots ?? true;
  const includeFrames = options.includeFrames ?? false;
  const maxChars = options.maxChars ?? 4_000_000;

  const parts: string[] = [];
  let length = 0;
  const segments: TextSegment[] = [];
  const frames: Document[] = [];
  let truncated = false;
  let done = false;
  let visited = 0;
  // Pending separator before the next visible character: 0 none, 1 space-or-newline, 2 block.
  let pendingBreak = 0;
  let pendingSpace: { node: Text; offset: number; exact: boolean } | null = null;
  let lastChar = '';
  let prevChar = '';
  let preDepth = 0;

  const stack: Frame[] = [root];
  const blockByTag = isBlock === isBlockByTag;

  const emit = (s: string, node: Text | null, nodeStart: number, collapsed: boolean) => {
    if (node) {
      const last = segments[segments.length - 1];
      if (last && !collapsed && !last.collapsed && last.node === node && last.start + last.length === length && last.nodeStart + last.length === nodeStart) {
        last.length += s.length;
      } else {
        segments.push({ node, start: length, nodeStart, length: s.length, collapsed });
      }
    }
    parts.push(s);
    length += s.length;
    prevChar = s.length >= 2 ? (s[s.length - 2] ?? '') : lastChar;
    lastChar = s[s.length - 1] ?? lastChar;
  };

  const flushSeparators = () => {
    if (length === 0) {
      pendingBreak = 0;
      pendingSpace = null;
      return;
    }
    if (pendingBreak === 2) {
      // Exactly one blank line between blocks, also after a <br> that ended the block.
      if (!(prevChar === '\n' && lastChar === '\n')) emit(lastChar === '\n' ? '\n' : '\n\n', null, 0, false);
    } else if (pendingBreak === 1) {
      emit('\n', null, 0, false);
    } else if (pendingSpace && lastChar !== ' ' && lastChar !== '\n') {
      emit(' ', pendingSpace.node, pendingSpace.offset, !pendingSpace.exact);
    }
    pendingBreak = 0;
    pendingSpace = null;
  };

  // Cold code runs in the interpreter: scanning characters in JS would cost ~1 µs per word.
  // Instead a native regex finds only the whitespace that does not map one-to-one (anything but
  // a single space between words), and each stretch between such runs is emitted in one piece.
  const readText = (node: Text) => {
    const data = node.data;
    const n = data.length;
    if (n === 0) return;
    if (preDepth > 0) {
      flushSeparators();
      emit(data, node, 0, false);
      return;
    }
    let i = 0;
    SPECIAL_WS.lastIndex = 0;
    for (;;) {
      const m = SPECIAL_WS.exec(data);
      let end = m ? m.index : n;
      if (end > i) {
        if (length >= maxChars) {
          truncated = true;
          return;
        }
        if (end - i > maxChars - length) {
          end = i + Math.max(1, maxChars - length);
          truncated = true;
        }
        flushSeparators();
        emit(data.slice(i, end), node, i, false);
        if (truncated) return;
      }
      if (!m) return;
      const run = m[0];
      if (!pendingSpace && pendingBreak === 0) pendingSpace = { node, offset: m.index, exact: run === ' ' };
      i = m.index + run.length;
      SPECIAL_WS.lastIndex = i;
    }
  };

  const pushChildren = (parent: Node) => {
    for (let child = parent.lastChild; child; child = child.previousSibling) stack.push(child);
  };

  const enterElement = (el: Element) => {
    const tag = el.tagName.toUpperCase();
    if (isSkippedTagOrMarkup(el, tag)) return;
    if (isHidden && isHidden(el)) return;
    if (tag === 'BR') {
      pendingBreak = Math.max(pendingBreak, 1);
      pendingSpace = null;
      return;
    }
    const block = blockByTag ? BLOCK_TAGS.has(tag) : isBlock(el);
    const pre = PRE_TAGS.has(tag);
    if (block) pendingBreak = 2;
    if (tag === 'IFRAME') {
      if (!includeFrames) return;
      let doc: Document | null = null;
      try {
        doc = (el as HTMLIFrameElement).contentDocument;
      } catch (error) {
        // Cross-origin frames are unreadable by design; they are skipped.
        doc = null;
        void error;
      }
      if (doc && doc.body) {
        frames.push(doc);
        stack.push(EXIT_BLOCK);
        stack.push(doc.body);
      }
      return;
    }
    stack.push((block ? EXIT_BLOCK : 0) | (pre ? EXIT_PRE : 0));
    if (pre) preDepth++;
    const shadow = includeShadow ? el.shadowRoot : null;
    if (shadow) {
      pushChildren(shadow);
      return;
    }
    if (tag === 'SLOT') {
      const assigned = (el as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? [];
      if (assigned.length > 0) {
        for (let k = assigned.length - 1; k >= 0; k--) {
          const node = assigned[k];
          if (node) stack.push(node);
        }
        return;
      }
    }
    pushChildren(el);
  };

  const step = (shouldYield?: () => boolean): boolean => {
    if (done) return true;
    let sinceCheck = 0;
    while (stack.length > 0) {
      if (length >= maxChars) {
        truncated = true;
        stack.length = 0;
        break;
      }
      if (shouldYield && ++sinceCheck >= 64) {
        sinceCheck = 0;
        if (shouldYield()) return false;
      }
      const node = stack.pop() as Frame;
      if (typeof node === 'number') {
        if (node & EXIT_PRE) preDepth--;
        if (node & EXIT_BLOCK) pendingBreak = 2;
        continue;
      }
      visited++;
      const type = node.nodeType;
      if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
        readText(node as Text);
      } else if (type === ELEMENT_NODE) {
        enterElement(node as Element);
      } else if (type === DOCUMENT_NODE) {
        const body = (node as Document).body;
        if (body) stack.push(body);
      } else if (type === DOCUMENT_FRAGMENT_NODE) {
        pushChildren(node);
      }
    }
    done = true;
    return true;
  };

  return {
    step,
    result: () => ({ text: parts.join(''), segments, truncated, frames }),
    get visited() {
      return visited;
    },
  };
}

/** Reads all of `root` at once. For big pages prefer `createTextExtractor` and idle-time steps. */
export function extractText(root: Node, options: ExtractOptions = {}): ExtractedText {
  const extractor = createTextExtractor(root, options);
  extractor.step();
  return extractor.result();
}
