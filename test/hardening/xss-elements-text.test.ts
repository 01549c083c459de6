import { PAYLOADS } from './xss-corpus.js';
import { describeElements } from './xss-elements.js';

// Split from xss-elements-markup.test.ts so each file stays well within the runner's time limit.
describeElements('unicode, control characters and size', PAYLOADS.slice(13));
