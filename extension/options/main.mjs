// The options page: default categories, colours (previewed on a light and a dark background),
// the "never on this site" list, the "always on" list and a button that clears everything.
import { swatchStyle } from '../../web/src/styles.mjs';
import { CATEGORIES, clearSettings, loadSettings, saveSettings } from '../src/shared/settings.mjs';

const $ = (id) => document.getElementById(id);

// The same declarations the highlighter paints with, on a light and a dark background.
function preview() {
  for (const p of document.querySelectorAll('.preview p')) {
    for (const span of p.querySelectorAll('[data-category]')) span.style.cssText = swatchStyle(span.dataset.category, p.dataset.scheme);
  }
}

async function show() {
  const s = await loadSettings();
  for (const c of CATEGORIES) document.querySelector(`input[name=${c}]`).checked = s.categories[c];
  for (const r of document.querySelectorAll('input[name=scheme]')) r.checked = r.value === s.scheme;
  preview();
  $('never').value = s.never.join('\n');
  $('always').replaceChildren(...s.alwaysOn.map((o) => Object.assign(document.createElement('li'), { textContent: o })));
}

function origins(text) {
  return [...new Set(text.split(/\s+/).filter(Boolean).map((line) => {
    try { return new URL(line.includes('://') ? line : `https://${line}`).origin; } catch { return null; }
  }).filter(Boolean))];
}

$('save').addEventListener('click', async () => {
  const categories = Object.fromEntries(CATEGORIES.map((c) => [c, document.querySelector(`input[name=${c}]`).checked]));
  const scheme = document.querySelector('input[name=scheme]:checked')?.value ?? 'auto';
  await saveSettings({ categories, scheme, never: origins($('never').value) });
  $('status').textContent = 'Saved.';
  await show();
});

$('clear').addEventListener('click', async () => {
  const { alwaysOn } = await loadSettings();
  await clearSettings();
  if (alwaysOn.length) await chrome.permissions.remove({ origins: alwaysOn.map((o) => `${o}/*`) }).catch(() => {});
  $('status').textContent = 'Everything Newsmark stored is cleared.';
  await show();
});

await show();
