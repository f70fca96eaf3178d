// Action names and module paths for routes whose folders name nothing a name can be made of.
import { describe, expect, it } from 'vitest';
import { actionModulePath, actionName, actionNames } from '../transforms/to-action/emit/names.js';
import type { RouteFile, Segment } from '../transforms/model/types.js';

const route = (file: string, segments: Segment[]): RouteFile =>
  ({ file, router: 'app', segments }) as unknown as RouteFile;
const statics = (...values: string[]): Segment[] => values.map((value) => ({ kind: 'static', value }));

describe('action names', () => {
  it('names a route under a folder with no letters after its method, in the api module', () => {
    const dash = route('app/api/-/route.ts', statics('api', '-'));
    expect(actionName(dash, 'POST')).toBe('createApi');
    expect(actionModulePath('app', dash, 'ts')).toBe('app/actions/api.ts');
  });

  it('skips a wordless folder between named ones', () => {
    const nested = route('app/api/notes/--/[id]/route.ts', [
      ...statics('api', 'notes', '--'),
      { kind: 'dynamic', name: 'id' },
    ]);
    expect(actionName(nested, 'DELETE')).toBe('deleteNote');
    expect(actionNames(nested, 'DELETE')).toEqual(['deleteNote', 'deleteNoteById', 'deleteNoteAction']);
    expect(actionModulePath('app', nested, 'ts')).toBe('app/actions/notes.ts');
  });
});
