// Debian's Chromium, quiet: no sandbox (CI runs as root), no GPU, and none of the background
// network and update traffic that would stall on a machine with no internet. Shared by the test
// runner and the bench, which add their own flags.
export const QUIET_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
