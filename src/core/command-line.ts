/**
 * Runs a command's argument parsing (`node:util`'s parseArgs at the call site, so its types stay
 * exact), with `--help` (`-h`) printing the usage. A wrong option or argument ends the process
 * with its message and the usage (exit code 2, as usage errors go), not with a stack trace.
 */
export function commandLine<T>(usage: string, parse: () => T): T {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage);
    process.exit(0);
  }
  try {
    return parse();
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    process.exit(2);
  }
}
