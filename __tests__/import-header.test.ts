// Where new import lines go, found without parsing: for every shape the scanner accepts it must
// agree with @babel/parser, and for the usual shapes it must not give up.
import { describe, expect, it } from 'vitest';
import { scanHeader } from '../transforms/shared/import-header.js';
import { headerOf } from '../transforms/shared/imports.js';
import { parseForAnalysis } from '../transforms/ast/parse.js';

const usual: Record<string, string> = {
  'directive and imports':
    "'use client';\n\nimport { useState } from 'react';\nimport type { FormEvent } from 'react';\n\nexport function A() {}\n",
  'no semicolons': "'use client'\n\nimport { a } from './a'\nimport b from \"./b\"\n\nexport const x = a + b\n",
  'BOM, comments, CRLF':
    "\uFEFF// header\r\n/* licence */\r\n'use server';\r\nimport * as ns from './ns'; // trailing\r\nimport d, { e as f } from './d';\r\nconst g = 1;\r\n",
  'multi-line import with a comment inside':
    "import {\n  a, // first\n  b,\n} from './ab';\nimport './side-effect.css';\nexport default a;\n",
  attributes:
    "import data from './data.json' with { type: 'json' };\nimport { x } from './x';\nconsole.log(data, x);\n",
  'directive only': "'use server';\n\nexport async function act() {}\n",
  nothing: 'export const a = 1;\n',
  'string named import': "import { 'a-b' as ab } from './ab';\nexport { ab };\n",
};

const unusual: Record<string, string> = {
  'import after code': "import a from './a';\nconst x = 1;\nimport b from './b';\nexport { a, b, x };\n",
  'TS import equals': "import fs = require('fs');\nexport const r = fs;\n",
  'dynamic import at a line start': "import a from './a';\nimport('./lazy');\nexport { a };\n",
  'directive continued': "'use client'\n+ 1;\nimport a from './a';\n",
};

const babel = (code: string, file = 'm.tsx') => headerOf(parseForAnalysis(file, code));

describe('scanHeader', () => {
  it.each(Object.entries(usual))('%s: agrees with @babel/parser', (_, code) => {
    const file = code.includes('fs = require') ? 'm.ts' : 'm.tsx';
    expect(scanHeader(code)).toEqual(babel(code, file));
  });

  it.each(Object.entries(unusual))('%s: gives up (the caller parses) or agrees', (_, code) => {
    const scanned = scanHeader(code);
    if (scanned !== null) expect(scanned).toEqual(babel(code, code.includes('fs = require') ? 'm.ts' : 'm.tsx'));
  });

  it('gives up on an import below other code, where a parse finds a later last import', () => {
    expect(scanHeader(unusual['import after code']!)).toBeNull();
    expect(babel(unusual['import after code']!).lastImportEnd).toBeGreaterThan(30);
  });
});
