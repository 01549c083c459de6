// Loaded by web-test-runner.config.mjs. The runner's terminal buffers console output and flushes
// it on a timer, so an error that stops the runner can vanish with the process: CI once saw only
// "exited with 1". These write straight to stderr, before anything is buffered.
import { writeSync } from 'node:fs';
import { TestRunner } from '@web/test-runner-core';

const say = (text) => writeSync(2, `\n[web-test-runner] ${text}\n`);

const stop = TestRunner.prototype.stop;
TestRunner.prototype.stop = function (error) {
  // The normal end comes from the CLI's reportEnd; any other stop is worth a line.
  const from = new Error('stopped from').stack ?? '';
  if (!this.stopped && (error || !from.includes('reportEnd'))) {
    say(error ? `stopping on an error: ${error?.stack ?? error}` : `stopping early: ${from}`);
  }
  return stop.call(this, error);
};

process.on('uncaughtException', (error) => say(`uncaught exception: ${error?.stack ?? error}`));
process.on('unhandledRejection', (reason) =>
  say(`unhandled rejection: ${reason?.stack ?? reason}`),
);
