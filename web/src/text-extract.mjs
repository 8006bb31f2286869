// extractText(element) → { text, map }: the visible text under an element, as the core
// should read it, and a map from its UTF-16 offsets back to the live DOM text nodes.
//
// The text keeps every text node's characters one for one (same length, so an offset into
// the text is an offset into a node), except that in white-space-collapsing elements the
// line breaks and tabs of the HTML source become spaces: the core reads a line break as a
// paragraph break, and a source line break is not one. Block boundaries and <br> add "\n"
// characters that belong to no node. Open shadow roots are read in place of their host's
// light children (as they render); slotted children are read where their <slot> is.
//
// Skipped: script, style, template, noscript and other non-text elements; form fields and
// buttons; contenteditable regions (the reader is writing there); [hidden], aria-hidden,
// display:none and visibility:hidden content. Iframes are out of scope (another document).

const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'CANVAS',
  'SVG', 'MATH', 'VIDEO', 'AUDIO', 'IMG', 'PICTURE', 'INPUT', 'TEXTAREA', 'SELECT', 'OPTION',
  'BUTTON', 'HEAD', 'TITLE', 'META', 'LINK',
]);
const ELEMENT = 1;
const TEXT = 3;

// A sorted list of text nodes with the text offset each starts at. Offsets between two
// nodes' extents belong to separators ("\n") that have no node.
export class TextMap {
  constructor(text, nodes, starts, roots) {
    this.text = text;       // the extracted text (what to analyze)
    this.nodes = nodes;     // Text nodes in document order
    this.starts = starts;   // starts[i]: offset of nodes[i]'s first unit in `text`
    this.roots = roots;     // the Document and every open ShadowRoot the text came from
    // Each node's length when it was read: a node edited since then is clamped, not trusted.
    this.lengths = nodes.map((n) => n.data.length);
  }

  get length() {
    return this.text.length;
  }

  // Index of the last node starting at or before `offset` (-1 if none).
  #nodeAt(offset) {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  // The DOM boundary points of the text span [start, end), skipping separators at either
  // end: { startNode, startOffset, endNode, endOffset, first, last } (node indexes first..last),
  // or null when the span covers no node text.
  locate(start, end) {
    if (!(end > start)) return null;
    let i = this.#nodeAt(start);
    if (i < 0 || start >= this.starts[i] + this.lengths[i]) {
      i += 1;  // start is in a separator: begin at the next node
      if (i >= this.nodes.length || this.starts[i] >= end) return null;
    }
    let j = this.#nodeAt(end - 1);
    if (j < i) return null;
    const startOffset = Math.max(0, start - this.starts[i]);
    const endOffset = Math.min(this.lengths[j], end - this.starts[j]);
    const clamp = (node, off) => Math.min(off, node.data.length);
    return {
      startNode: this.nodes[i], startOffset: clamp(this.nodes[i], startOffset),
      endNode: this.nodes[j], endOffset: clamp(this.nodes[j], endOffset),
      first: i, last: j,
    };
  }

  // A live DOM Range over the text span [start, end), or null (see locate()).
  range(start, end) {
    const p = this.locate(start, end);
    if (!p) return null;
    const r = p.startNode.ownerDocument.createRange();
    r.setStart(p.startNode, p.startOffset);
    r.setEnd(p.endNode, p.endOffset);
    return r;
  }

  // The text offset of a DOM point inside one of the mapped text nodes, or -1.
  offsetOf(node, offset) {
    this.#index ??= new Map(this.nodes.map((n, i) => [n, i]));
    const i = this.#index.get(node) ?? -1;
    return i < 0 ? -1 : this.starts[i] + Math.min(offset, this.lengths[i]);
  }

  #index = null;
}

// How an element lays out, read once per element: whether its children are skipped,
// whether it breaks the line around it, and whether it keeps source line breaks.
function elementInfo(el, view) {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return null;
  if (el.hidden || el.getAttribute('aria-hidden') === 'true') return null;
  if (el.isContentEditable && el.getAttribute('contenteditable') !== null) return null;
  const style = view ? view.getComputedStyle(el) : null;
  if (style && style.display === 'none') return null;
  const display = style ? style.display : 'inline';
  // No box (inside a closed <details>, say) but not display:none itself: not shown either.
  if (display !== 'contents' && typeof el.checkVisibility === 'function' && !el.checkVisibility()) return null;
  return {
    block: !(display.startsWith('inline') || display === 'contents' || display === ''),
    visible: !style || (style.visibility !== 'hidden' && style.visibility !== 'collapse'),
    pre: style ? /^(pre|pre-wrap|pre-line|break-spaces)$/.test(style.whiteSpace) || /preserve/.test(style.whiteSpaceCollapse ?? '') : false,
  };
}

// Children as they render: an open shadow root replaces the light children; a slot shows
// its assigned nodes (or its fallback content when none are assigned).
function renderedChildren(node) {
  if (node.nodeType === ELEMENT) {
    if (node.shadowRoot) return { list: node.shadowRoot.childNodes, root: node.shadowRoot };
    if (node.tagName === 'SLOT' && typeof node.assignedNodes === 'function') {
      const assigned = node.assignedNodes();
      if (assigned.length) return { list: assigned, root: null };
    }
  }
  return { list: node.childNodes, root: null };
}

export function extractText(element) {
  if (!element || typeof element.nodeType !== 'number') throw new TypeError('extractText: an element is required');
  const doc = element.ownerDocument ?? element;
  const view = doc.defaultView;
  const parts = [];
  const nodes = [];
  const starts = [];
  const roots = [doc];
  let length = 0;
  let trailingBreaks = 2;  // "\n" characters at the end of the text so far (2 at the start: none needed)

  const lineBreak = (count) => {
    if (length === 0) return;
    while (trailingBreaks < count) {
      parts.push('\n');
      length += 1;
      trailingBreaks += 1;
    }
  };

  const visit = (node, pre, visible) => {
    if (node.nodeType === TEXT) {
      const data = node.data;
      if (!visible || data.length === 0) return;
      // Source indentation between blocks renders as nothing: leave it out of the text.
      if (!pre && (length === 0 || trailingBreaks > 0) && !/[^ \n\r\t\f]/.test(data)) return;
      const text = pre ? data : data.replace(/[\n\r\t\f]/g, ' ');
      nodes.push(node);
      starts.push(length);
      parts.push(text);
      length += text.length;
      const m = /\n*$/.exec(text)[0].length;
      trailingBreaks = m === text.length ? trailingBreaks + m : m;
      return;
    }
    if (node.nodeType !== ELEMENT && node.nodeType !== 11 /* fragment, shadow root */) return;
    let info = { block: false, visible, pre };
    if (node.nodeType === ELEMENT) {
      if (node.tagName === 'BR') {
        if (visible) lineBreak(trailingBreaks + 1);
        return;
      }
      info = elementInfo(node, view);
      if (!info) return;
    }
    if (info.block) lineBreak(1);
    const { list, root } = renderedChildren(node);
    if (root) roots.push(root);
    for (let i = 0; i < list.length; i++) visit(list[i], info.pre, info.visible);
    if (info.block) lineBreak(1);
  };

  if (element.nodeType === TEXT) {
    visit(element, false, true);
  } else {
    // The element itself is read as a container: its own display does not add breaks.
    const info = element.nodeType === ELEMENT ? elementInfo(element, view) : { pre: false, visible: true };
    if (info) {
      const { list, root } = renderedChildren(element);
      if (root) roots.push(root);
      for (let i = 0; i < list.length; i++) visit(list[i], info.pre, info.visible);
    }
  }
  const text = parts.join('');
  return { text, map: new TextMap(text, nodes, starts, roots) };
}
