import { defineConfig } from 'vitest/config';

// Two tiers (README "Tests"): `unit` runs the sources as they are; `bin` runs the built CLI, so
// its global setup builds dist/ first. `npm test` runs both, `npm run test:unit` the first.
const BIN = ['bin', 'interactive', 'interrupt', 'jobs'].map((name) => `__tests__/${name}.test.ts`);

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['__tests__/**/*.test.ts'], exclude: BIN } },
      { extends: true, test: { name: 'bin', include: BIN, globalSetup: ['__tests__/global-setup.ts'] } },
    ],
  },
});
