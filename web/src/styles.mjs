// The look of the highlights: colours for light and dark pages, chosen so that the text
// colour we set meets WCAG AA (4.5:1) on the background we set, and the underline meets the
// 3:1 of non-text contrast against the page; categories also differ by underline style
// (people solid, claims dashed, hedges wavy), so they read without colour.

export const TEXT_COLOR = { light: '#161616', dark: '#f4f4f4' };
// The page backgrounds underlines are checked against (white / near-black pages).
export const PAGE_COLOR = { light: '#ffffff', dark: '#121212' };

// One colour per person slot: a pale tint for light pages, a deep one for dark pages, and
// an underline colour for each. Person i gets slot i % PERSON_PALETTE.length.
export const PERSON_PALETTE = [
  { light: '#ffd8a8', dark: '#7a3d00', line: { light: '#b34700', dark: '#ffa94d' } },  // orange
  { light: '#b2f2e5', dark: '#0b5c50', line: { light: '#087263', dark: '#38d9a9' } },  // teal
  { light: '#dcd0ff', dark: '#4a2a8a', line: { light: '#5f3dc4', dark: '#b197fc' } },  // violet
  { light: '#ffd0d0', dark: '#7d1f24', line: { light: '#c92a2a', dark: '#ff8787' } },  // red
  { light: '#c5e4ff', dark: '#0b4a7a', line: { light: '#1864ab', dark: '#74c0fc' } },  // blue
  { light: '#dff5b8', dark: '#3b5a0c', line: { light: '#4c7a0f', dark: '#a9e34b' } },  // green
  { light: '#fdd0e4', dark: '#7a1f4c', line: { light: '#a61e4d', dark: '#f783ac' } },  // pink
  { light: '#e9e4d8', dark: '#4f4636', line: { light: '#6b5e3d', dark: '#d6c7a1' } },  // stone
];

export const CATEGORY_STYLE = {
  person: { decoration: 'solid', thickness: '2px' },
  claim: { background: { light: '#e6efff', dark: '#1b2d4f' }, line: { light: '#1c5fd4', dark: '#8ab4ff' }, decoration: 'dashed', thickness: '1.5px' },
  hedge: { background: { light: '#fff1b8', dark: '#4a3900' }, line: { light: '#a15700', dark: '#ffd43b' }, decoration: 'wavy', thickness: '1.5px' },
  flash: { background: { light: '#ffe066', dark: '#7a5f00' } },
};

export const CATEGORY_LABEL = { person: 'People', claim: 'Claims', hedge: 'Hedges' };
export const CATEGORY_DESCRIPTION = {
  person: 'named people, one colour per person, solid underline',
  claim: 'who asserts what, dashed underline',
  hedge: 'hedged or unverified language, wavy underline',
};

// ---------------------------------------------------------------- WCAG 2.x contrast
function channel(c) {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

export function parseColor(hex) {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function luminance(color) {
  const [r, g, b] = Array.isArray(color) ? color : parseColor(color);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a, b) {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

// Every (foreground, background) pair the highlighter paints, with the ratio it must meet:
// a test checks them all, and so can an embedder who changes the palette.
export function contrastPairs() {
  const pairs = [];
  for (const scheme of ['light', 'dark']) {
    const text = TEXT_COLOR[scheme];
    const page = PAGE_COLOR[scheme];
    PERSON_PALETTE.forEach((p, i) => {
      pairs.push({ what: `person ${i} text`, scheme, fg: text, bg: p[scheme], min: 4.5 });
      pairs.push({ what: `person ${i} underline`, scheme, fg: p.line[scheme], bg: page, min: 3 });
    });
    for (const cat of ['claim', 'hedge']) {
      const s = CATEGORY_STYLE[cat];
      pairs.push({ what: `${cat} text`, scheme, fg: text, bg: s.background[scheme], min: 4.5 });
      pairs.push({ what: `${cat} underline`, scheme, fg: s.line[scheme], bg: page, min: 3 });
    }
    pairs.push({ what: 'flash text', scheme, fg: text, bg: CATEGORY_STYLE.flash.background[scheme], min: 4.5 });
  }
  return pairs.map((p) => ({ ...p, ratio: contrastRatio(p.fg, p.bg) }));
}

// ---------------------------------------------------------------- choosing a scheme
// 'light' or 'dark' for the page behind `element`: the first opaque background up the tree,
// else the colour scheme the page asks for.
export function detectScheme(element) {
  const doc = element?.ownerDocument ?? element;
  const view = doc?.defaultView;
  if (!view) return 'light';
  for (let el = element.nodeType === 1 ? element : element.parentElement; el; el = el.parentElement || el.getRootNode?.().host) {
    const bg = view.getComputedStyle(el).backgroundColor;
    const m = /rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:[ ,/]+([\d.]+))?/.exec(bg);
    if (m && (m[4] === undefined || Number(m[4]) > 0.5)) {
      return luminance([Number(m[1]), Number(m[2]), Number(m[3])]) < 0.2 ? 'dark' : 'light';
    }
  }
  // No opaque background: the canvas colour, which follows the page's color-scheme (a page
  // that offers both follows the reader's preference).
  const schemes = view.getComputedStyle(doc.documentElement).colorScheme ?? '';
  if (/\bdark\b/.test(schemes) && !/\blight\b/.test(schemes)) return 'dark';
  if (/\bdark\b/.test(schemes)) return view.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  return 'light';
}

// ---------------------------------------------------------------- CSS
const decoration = (style, color, thickness) =>
  `text-decoration-line: underline; text-decoration-style: ${style}; text-decoration-color: ${color}; text-decoration-thickness: ${thickness}; text-decoration-skip-ink: none;`;

// Declarations for one painted piece of text, by category (and person slot).
export function declarations(category, scheme, slot = 0) {
  const text = TEXT_COLOR[scheme];
  if (category === 'person') {
    const p = PERSON_PALETTE[slot % PERSON_PALETTE.length];
    return `color: ${text}; background-color: ${p[scheme]}; ${decoration('solid', p.line[scheme], '2px')}`;
  }
  if (category === 'flash') return `color: ${text}; background-color: ${CATEGORY_STYLE.flash.background[scheme]};`;
  const s = CATEGORY_STYLE[category];
  return `color: ${text}; background-color: ${s.background[scheme]}; ${decoration(s.decoration, s.line[scheme], s.thickness)}`;
}

// The ::highlight() rules of one highlighter: its category highlights and its people.
export function highlightRules(names, scheme, personSlots) {
  const rules = [
    `::highlight(${names.claim}) { ${declarations('claim', scheme)} }`,
    `::highlight(${names.hedge}) { ${declarations('hedge', scheme)} }`,
    `::highlight(${names.flash}) { ${declarations('flash', scheme)} }`,
  ];
  for (const [name, slot] of personSlots) rules.push(`::highlight(${name}) { ${declarations('person', scheme, slot)} }`);
  return rules;
}

// A legend swatch's inline style (the demo and the extension popup use it).
export function swatchStyle(category, scheme, slot = 0) {
  return declarations(category, scheme, slot);
}
