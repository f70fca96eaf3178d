// @babel/parser is CommonJS. Imported from ESM, Node first scans its half-megabyte source for
// export names (about 25 ms of every start, and of every worker's); required, it is not scanned.
import { createRequire } from 'node:module';
import type * as BabelParser from '@babel/parser';

const babel = createRequire(import.meta.url)('@babel/parser') as typeof BabelParser;

export const { parse } = babel;
