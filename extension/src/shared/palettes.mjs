// Highlight colours. Every colour is translucent over the page's own background and paired with
// an opaque underline, so the marks read on white and on dark pages alike without touching the
// text colour (which the page chose for its own background).
export const PALETTES = {
  soft: {
    person: ['rgba(56, 132, 255, 0.22)', 'rgb(56, 132, 255)'],
    source: ['rgba(16, 163, 127, 0.22)', 'rgb(16, 163, 127)'],
    claim: ['rgba(16, 163, 127, 0.10)', 'rgba(16, 163, 127, 0.75)'],
    hedge: ['rgba(245, 158, 11, 0.28)', 'rgb(217, 119, 6)'],
  },
  contrast: {
    person: ['rgba(0, 102, 255, 0.38)', 'rgb(0, 82, 204)'],
    source: ['rgba(0, 170, 85, 0.38)', 'rgb(0, 128, 64)'],
    claim: ['rgba(0, 170, 85, 0.18)', 'rgb(0, 128, 64)'],
    hedge: ['rgba(255, 170, 0, 0.45)', 'rgb(204, 102, 0)'],
  },
};

// Which highlight kinds each category paints.
export const KINDS_OF = { people: ['person'], claims: ['source', 'claim'], hedges: ['hedge'] };

// The stylesheet injected with chrome.scripting.insertCSS (exempt from the page's CSP).
export function highlightCss(paletteName) {
  const palette = PALETTES[paletteName] ?? PALETTES.soft;
  return Object.entries(palette).map(([kind, [fill, line]]) =>
    `::highlight(newsmark-${kind}) { background-color: ${fill}; text-decoration: underline 2px ${line}; }`,
  ).join('\n');
}
