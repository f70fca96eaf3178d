// Every JS/TS source under __testfixtures__ (inputs, outputs and the e2e apps): the corpus the
// parser and printer checks run over.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const FIXTURES = path.resolve(import.meta.dirname, '../../__testfixtures__');

export function fixtureSources(dir: string = FIXTURES): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' || name === '.next' ? [] : fixtureSources(full);
    return /\.(tsx?|jsx?|mjs)$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}
