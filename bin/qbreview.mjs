#!/usr/bin/env node
// Runs the qbreview command from a checkout after `npm ci`: the TypeScript sources are loaded
// through tsx, so there is no build step between a clone and the first command.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../electron/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
});
