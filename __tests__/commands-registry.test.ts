// The registry (runner/commands.ts) keeps each command's defaults as plain values so the main
// thread need not load a transform to read them; they must stay the transforms' own defaults, or
// the CLI and the library would run with other options than the fixtures test.
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../runner/commands.js';
import { DEFAULT_TO_ACTION_OPTIONS } from '../transforms/to-action/index.js';
import { DEFAULT_TO_ROUTE_OPTIONS } from '../transforms/to-route/index.js';

describe('command registry', () => {
  it("holds the transforms' own defaults", () => {
    expect(COMMANDS['to-action'].defaults).toEqual(DEFAULT_TO_ACTION_OPTIONS);
    expect(COMMANDS['to-route'].defaults).toEqual(DEFAULT_TO_ROUTE_OPTIONS);
    expect(COMMANDS.scan.defaults).toEqual({ includeGet: false });
  });
});
