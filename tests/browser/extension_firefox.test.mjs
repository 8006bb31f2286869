// The extension in Firefox ESR: the packaged dist/newsmark-firefox installed over WebDriver BiDi
// (puppeteer-core), its event page compiling the wasm core, driven through its message API.
import test from 'node:test';
import { launchFirefox } from './extension_support.mjs';
import { extensionSuite } from './extension_suite.mjs';

extensionSuite(test, 'Firefox', (server) => launchFirefox(server));
