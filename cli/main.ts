#!/usr/bin/env node
// Entry point of the `actionshift` binary; the program itself is in program.ts, so tests call it in-process.
import { main } from './program.js';

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`actionshift: internal error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
