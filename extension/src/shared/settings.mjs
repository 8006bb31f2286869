// What the user chooses (options page, popup) and where it is kept: chrome.storage.local only.
// storage.sync is avoided on purpose: syncing would send the site lists to the browser vendor.
// Nothing here is page text: categories, a colour scheme and two lists of origins.

export const CATEGORIES = ['people', 'claims', 'hedges'];

export const DEFAULTS = Object.freeze({
  categories: { people: true, claims: true, hedges: true },
  scheme: 'auto', // highlight colours for 'light' or 'dark' pages, or 'auto' (read from the page)
  never: [],      // origins the extension must never read
  alwaysOn: [],   // origins the user turned on for good (host permission granted for each)
});

export async function loadSettings() {
  const stored = await chrome.storage.local.get(Object.keys(DEFAULTS));
  return {
    ...DEFAULTS,
    ...stored,
    categories: { ...DEFAULTS.categories, ...(stored.categories ?? {}) },
  };
}

export async function saveSettings(patch) {
  await chrome.storage.local.set(patch);
}

export async function clearSettings() {
  await chrome.storage.local.clear();
}

// "https://example.com/a/b" → "https://example.com"; null for pages the extension never reads.
export function originOf(url) {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}
