// The classic-script entry (web/dist/newsmark.js): for contexts that cannot run ES modules
// or import() (an MV3 service worker, content scripts). It sets self.Newsmark, the same class
// as the module's export, with extractText and paint as its statics and the module's other
// exports on Newsmark.api.
import * as api from './newsmark.mjs';

api.Newsmark.api = api;
globalThis.Newsmark = api.Newsmark;
