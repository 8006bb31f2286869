// The extension in Chromium: the packaged dist/newsmark-chrome loaded with --load-extension into
// a persistent context (playwright-core), driven through its message API.
import test from 'node:test';
import { launchChrome } from './extension_support.mjs';
import { extensionSuite } from './extension_suite.mjs';

extensionSuite(test, 'Chromium', () => launchChrome());
