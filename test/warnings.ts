/** What `console.warn` was given while `run` ran (first arguments), the console left as it was. */
export async function warningsDuring(run: () => unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}
