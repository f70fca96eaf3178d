// The corpus's route and action verdicts (corpus/README.md): how scan's and to-route's sites are
// scored against them, and that every verdicts file in the repository loads.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareActions, compareRoutes } from '../corpus/compare-handlers.js';
import { loadManifest, loadVerdicts } from '../corpus/manifest.js';
import type { Report, ReportSite } from '../corpus/tool.js';

const CORPUS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../corpus');

const report = (sites: ReportSite[]): Report => ({ sites, errors: [] });
const route = (file: string, method: string, status: ReportSite['status'], reason?: string): ReportSite => ({
  kind: 'route',
  file,
  line: 1,
  method,
  status,
  ...(reason ? { reason } : {}),
});

describe('corpus route verdicts', () => {
  const scan = report([
    route('app/api/webhook/route.ts', 'POST', 'skipped', 'non-json-response'),
    route('app/api/stripe/route.ts', 'GET', 'skipped', 'unsupported-handler'),
    route('app/api/auth/route.ts', 'POST', 'skipped', 'external-callers'),
    route('app/api/upload/route.ts', 'POST', 'planned'),
    route('app/api/items/route.ts', 'PATCH', 'skipped', 'unsupported-handler'),
    route('app/api/other/route.ts', 'DELETE', 'planned'),
  ]);
  const result = compareRoutes(
    [
      { file: 'app/api/webhook/route.ts', method: 'POST', verdict: 'stay', reason: 'webhook', note: '' },
      { file: 'app/api/stripe/route.ts', method: 'get', verdict: 'stay', reason: 'get-request', note: '' },
      {
        file: 'app/api/auth/route.ts',
        method: 'POST',
        verdict: 'stay',
        reason: 'unsupported-handler',
        alsoAccept: ['external-callers'],
        note: '',
      },
      { file: 'app/api/upload/route.ts', method: 'POST', verdict: 'stay', reason: 'file-upload', note: '' },
      { file: 'app/api/items/route.ts', method: 'PATCH', verdict: 'move', note: '' },
    ],
    scan,
  );

  it('counts a stay with another code as a wrong code, and alsoAccept as right', () => {
    expect(result.staysRightCode).toBe(1);
    expect(result.staysWrongCode.map((f) => f.verdict.file)).toEqual([
      'app/api/webhook/route.ts',
      'app/api/stripe/route.ts',
    ]);
  });

  it('names routes that must stay but are planned, and moves the tool keeps', () => {
    expect(result.wrongMoves.map((f) => f.verdict.file)).toEqual(['app/api/upload/route.ts']);
    expect(result.wrongStays.map((f) => f.tool?.reason)).toEqual(['unsupported-handler']);
  });

  it('lists the route sites no verdict judges', () => {
    expect(result.unjudged.map((s) => s.file)).toEqual(['app/api/other/route.ts']);
  });
});

describe('corpus action verdicts', () => {
  const toRoute = report([
    { kind: 'action', file: 'lib/nav.ts', line: 3, name: 'redirectToPath', status: 'planned' },
    { kind: 'action', file: 'lib/nav.ts', line: 9, name: 'save', status: 'skipped', reason: 'unsupported-handler' },
    { kind: 'action', file: 'app/page.tsx', line: 12, status: 'skipped', reason: 'inline-action' },
  ]);
  const result = compareActions(
    [
      { file: 'lib/nav.ts', name: 'redirectToPath', verdict: 'skip', reason: 'open-redirect', note: '' },
      { file: 'lib/nav.ts', name: 'save', verdict: 'route', note: '' },
      { file: 'app/page.tsx', line: 12, verdict: 'skip', reason: 'inline-action', note: '' },
    ],
    toRoute,
  );

  it('counts an action planned against the verdict as a wrong route, and the reverse as a wrong skip', () => {
    expect(result.wrongRoutes.map((f) => f.verdict.name)).toEqual(['redirectToPath']);
    expect(result.wrongSkips.map((f) => f.verdict.name)).toEqual(['save']);
  });

  it('matches an inline action, which has no name, by its line', () => {
    expect(result.skipsRightCode).toBe(1);
    expect(result.unjudged).toEqual([]);
  });
});

describe('corpus verdict files', () => {
  it('all load and agree with the manifest, with or without routes and actions', () => {
    const entries = loadManifest(CORPUS);
    const files = readdirSync(path.join(CORPUS, 'verdicts'));
    for (const entry of entries) {
      const verdicts = loadVerdicts(CORPUS, entry);
      if (!verdicts) continue;
      expect(Array.isArray(verdicts.sites) && Array.isArray(verdicts.routes) && Array.isArray(verdicts.actions)).toBe(
        true,
      );
    }
    expect(files.every((f) => entries.some((e) => `${e.repo.replace('/', '+')}.json` === f))).toBe(true);
  });
});
