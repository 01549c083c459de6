import { PAYLOADS } from './xss-corpus.js';
import { describeElements } from './xss-elements.js';

// Split from xss-elements-text.test.ts so each file stays well within the runner's time limit.
describeElements('markup and URLs', PAYLOADS.slice(0, 13));
