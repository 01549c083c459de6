// A @web/test-runner reporter that counts passed/failed/skipped tests per engine and writes them
// to .wtr-counts.json, so scripts/test.mjs can print the per-engine figures and the closing
// `N passed, N failed` line that CI reads.
import { writeFileSync } from 'node:fs';

function walk(suite, counts) {
  for (const t of suite?.tests ?? []) {
    if (t.skipped) counts.skipped++;
    else if (t.passed) counts.passed++;
    else counts.failed++;
  }
  for (const s of suite?.suites ?? []) walk(s, counts);
}

export function countingReporter(file = process.env.FAULTLINE_COUNTS_FILE ?? '.wtr-counts.json') {
  const progress = { files: 0, failed: false };
  return {
    // Progress as each file ends, so scripts/test.mjs can tell a runner that died with every
    // result so far passing (the runner failing: worth one more try in CI) from a run in which
    // a test had failed (never retried).
    reportTestFileResults({ sessionsForTestFile }) {
      progress.files++;
      progress.failed ||= sessionsForTestFile.some((s) => !s.passed);
      writeFileSync(`${file}.progress`, JSON.stringify(progress));
    },
    onTestRunFinished({ sessions }) {
      const perEngine = {};
      for (const session of sessions) {
        const name =
          { MiniBrowser: 'WebKit', Chrome: 'Chromium' }[session.browser.name] ??
          session.browser.name;
        const counts = (perEngine[name] ??= {
          passed: 0,
          failed: 0,
          skipped: 0,
          files: 0,
          fileErrors: 0,
        });
        counts.files++;
        walk(session.testResults, counts);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          counts.fileErrors++;
        }
      }
      writeFileSync(file, JSON.stringify(perEngine, null, 2));
    },
  };
}
