// WebKit (MiniBrowser) through WebKitWebDriver, for web-test-runner.config.mjs.
//
// After a file's results are in, the runner leaves the page by navigating to about:blank. Once in
// CI, WebKitWebDriver never answered that navigation: after 120 s the file was failed, though
// every one of its tests had passed and been reported. Leaving the page is not part of any test,
// so a driver error there is said in the log and the browser is replaced by a fresh one for the
// next file, instead of failing a file that passed. A failure before the results arrive (a test,
// a page that never loads or never finishes) is untouched and still fails the run.
import { webdriverLauncher } from '@web/test-runner-webdriver';

// A hung driver command costs this long before the fresh browser, not webdriver's 120 s default.
const COMMAND_TIMEOUT_MS = 60_000;

/** `@web/test-runner-webdriver`'s launcher with {@link COMMAND_TIMEOUT_MS} and a tolerant stop. */
export function webkitLauncher(options) {
  const launcher = webdriverLauncher({ connectionRetryTimeout: COMMAND_TIMEOUT_MS, ...options });
  const stopSession = launcher.stopSession.bind(launcher);
  launcher.stopSession = async (id) => {
    try {
      return await stopSession(id);
    } catch (error) {
      const message = String(error?.message ?? error);
      if (!message.startsWith('WebDriverError:')) throw error;
      console.warn(
        `[webkit] the driver failed while leaving a finished test page (${message.split('\n')[0]}); ` +
          'its results stand, and the next file gets a fresh MiniBrowser.',
      );
      // stop() ends the driver session, but keeps the dead one when that fails too; the next
      // startSession opens a new one only when none is left.
      await launcher.stop();
      launcher.driver = launcher.debugDriver = launcher.driverManager = undefined;
      return {};
    }
  };
  return launcher;
}
