/* global process */
// Preloaded (`node --require`) into the API that run.ts starts: its stdin is a pipe from the
// bench, which closes however the bench ends (even SIGKILL), so the API never outlives it.
// peer.ts does the same itself: preloaded before `--import tsx`, this stops tsx from starting.
process.stdin.on('end', () => process.exit(0)).resume();
