// The popup: opening it (a click on the toolbar button) turns Newsmark on for the tab, which is
// what grants activeTab; the switch turns it off again. Everything it does goes through the
// same messages any extension page can send to the background.
import { sendToBackground as send } from '../src/shared/messages.mjs';
import { loadSettings, originOf, saveSettings } from '../src/shared/settings.mjs';

const $ = (id) => document.getElementById(id);
// ?tab=ID shows another tab's panel (the panel opened as a page, by tests or other tools).
const asked = Number(new URLSearchParams(location.search).get('tab'));
const [tab] = asked ? [await chrome.tabs.get(asked)] : await chrome.tabs.query({ active: true, currentWindow: true });
const tabId = tab.id;
const origin = originOf(tab.url ?? '');
let settings = await loadSettings();
let timer = 0;

const SOURCE_TYPES = {
  person: 'People', organization: 'Organizations', document: 'Documents and reports',
  anonymous: 'Anonymous sources', pronoun: 'He, she, they (unresolved)', none: 'Unattributed statements',
};

const NOTICES = {
  never: 'Newsmark is set never to read this site (see Options).',
  'unsupported-page': 'Newsmark works on web pages (http and https) only.',
  'no-access': 'Newsmark cannot read this page.',
};

function notice(text) {
  $('notice').hidden = !text;
  $('notice').textContent = text ?? '';
}

async function turnOn() {
  const r = await send({ type: 'enable', tabId });
  $('on').checked = Boolean(r?.ok);
  if (!r?.ok) return notice(NOTICES[r?.reason] ?? 'Newsmark could not start on this page.');
  notice(null);
  poll();
}

async function poll() {
  clearTimeout(timer);
  const s = await send({ type: 'stats', tabId });
  render(s);
  if (s && !s.done) timer = setTimeout(poll, 250);
}

function render(s) {
  $('summary').hidden = !s;
  if (!s) return;
  if (s.language && !s.language.english) {
    notice(`This page looks like it is not in English${s.language.declared ? ` (lang="${s.language.declared}")` : ''}. Newsmark's analysis is English-only for now, so nothing is marked.`);
    $('summary').hidden = true;
    return;
  }
  if (s.language?.noArticle) notice('No article found on this page.');
  $('counts').textContent = s.done
    ? `${s.people} people · ${s.claims} claims · ${s.hedges} hedges · ${s.hedgeDensity?.toFixed(1) ?? 0} hedges per 100 words · ${s.ms} ms`
    : 'Reading the article…';
  const people = $('people');
  people.replaceChildren(...(s.peopleList ?? []).map((p) => {
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.textContent = `${p.name} (${p.mentions})`;
    b.title = 'Scroll to the next mention';
    b.addEventListener('click', () => send({ type: 'scroll-to', tabId, name: p.name }));
    li.append(b);
    return li;
  }));
  const claims = $('claims');
  const dl = document.createElement('dl');
  for (const [type, sources] of Object.entries(s.claimsBySourceType ?? {})) {
    const dt = document.createElement('dt');
    dt.textContent = SOURCE_TYPES[type] ?? type;
    dl.append(dt);
    for (const [who, n] of Object.entries(sources)) {
      const dd = document.createElement('dd');
      dd.textContent = `${who}: ${n}`;
      dl.append(dd);
    }
  }
  claims.replaceChildren(dl.children.length ? dl : Object.assign(document.createElement('p'), { textContent: 'None found.' }));
  if (!people.children.length) people.replaceChildren(Object.assign(document.createElement('li'), { textContent: 'None found.' }));
}

for (const input of $('kinds').querySelectorAll('input')) {
  input.checked = settings.categories[input.name];
  input.addEventListener('change', async () => {
    settings.categories[input.name] = input.checked;
    await send({ type: 'categories', tabId, categories: { [input.name]: input.checked } });
  });
}

$('on').addEventListener('change', async () => {
  if ($('on').checked) return turnOn();
  await send({ type: 'disable', tabId });
  render(null);
});

$('always').checked = Boolean(origin && settings.alwaysOn.includes(origin));
$('always').disabled = !origin;
$('always').addEventListener('change', async () => {
  if ($('always').checked) {
    // The one host permission Newsmark ever asks for: this site, when the user asks for it.
    // (Asked first: Firefox honours the request only within the click's own task.)
    const granted = await chrome.permissions.request({ origins: [`${origin}/*`] });
    if (!granted) { $('always').checked = false; return; }
    settings = await loadSettings();
    await saveSettings({ alwaysOn: [...new Set([...settings.alwaysOn, origin])] });
  } else {
    settings = await loadSettings();
    await saveSettings({ alwaysOn: settings.alwaysOn.filter((o) => o !== origin) });
    await chrome.permissions.remove({ origins: [`${origin}/*`] }).catch(() => {});
  }
});

$('options').addEventListener('click', (e) => {
  e.preventDefault();
  chrome.runtime.openOptionsPage();
});

await turnOn();
