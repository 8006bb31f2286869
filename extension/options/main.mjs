// The options page: default categories, colours (previewed on a light and a dark background),
// the "never on this site" list, the "always on" list and a button that clears everything.
import { PALETTES } from '../src/shared/palettes.mjs';
import { CATEGORIES, clearSettings, loadSettings, saveSettings } from '../src/shared/settings.mjs';

const $ = (id) => document.getElementById(id);

function preview(name) {
  for (const mark of document.querySelectorAll('.preview mark')) {
    const [fill, line] = PALETTES[name][mark.className];
    mark.style.setProperty('--fill', fill);
    mark.style.setProperty('--line', line);
  }
}

async function show() {
  const s = await loadSettings();
  for (const c of CATEGORIES) document.querySelector(`input[name=${c}]`).checked = s.categories[c];
  for (const r of document.querySelectorAll('input[name=palette]')) r.checked = r.value === s.palette;
  preview(s.palette);
  $('never').value = s.never.join('\n');
  $('always').replaceChildren(...s.alwaysOn.map((o) => Object.assign(document.createElement('li'), { textContent: o })));
}

function origins(text) {
  return [...new Set(text.split(/\s+/).filter(Boolean).map((line) => {
    try { return new URL(line.includes('://') ? line : `https://${line}`).origin; } catch { return null; }
  }).filter(Boolean))];
}

for (const r of document.querySelectorAll('input[name=palette]')) r.addEventListener('change', () => preview(r.value));

$('save').addEventListener('click', async () => {
  const categories = Object.fromEntries(CATEGORIES.map((c) => [c, document.querySelector(`input[name=${c}]`).checked]));
  const palette = document.querySelector('input[name=palette]:checked')?.value ?? 'soft';
  await saveSettings({ categories, palette, never: origins($('never').value) });
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
