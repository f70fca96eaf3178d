// Lint for the project's own code (`npm run lint`). Formatting is Prettier's (.prettierrc.json).
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      '__testfixtures__/',
      'examples/',
      'corpus/verdicts/',
      'bench/*.cjs',
      'bench/*.mjs',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      // `_name` marks a parameter kept for its position.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    // Transforms are pure (docs/README.md): no terminal, no runner, no disk, no process; and their
    // steps import one way (docs/pipeline.md), which __tests__/import-cycles.test.ts checks too.
    files: ['transforms/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/cli/**', '**/runner/**'],
              message: 'transforms/ must not import the terminal or the runner (docs/README.md).',
            },
            {
              group: ['node:fs', 'node:fs/*', 'fs', 'node:child_process', 'node:worker_threads'],
              message: 'transforms/ never touch the disk or processes (docs/README.md).',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'transforms/ are pure: pass what they need in options (docs/README.md).' },
      ],
    },
  },
  {
    // The library layer does not depend on the terminal.
    files: ['runner/**/*.ts', 'index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/cli/**', '../cli/*', './cli/*'],
              message: 'runner/ and the API must not import cli/ (docs/README.md, "Layers").',
            },
          ],
        },
      ],
    },
  },
);
