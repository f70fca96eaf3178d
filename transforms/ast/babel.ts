// @babel/parser is CommonJS. Imported from ESM, Node first scans its half-megabyte source for
// export names, at every start and in every worker; required, it is not scanned.
import { createRequire } from 'node:module';
import type * as BabelParser from '@babel/parser';

const babel = createRequire(import.meta.url)('@babel/parser') as typeof BabelParser;

export const { parse } = babel;
