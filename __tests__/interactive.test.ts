// The interactive flow in a real terminal: the built CLI runs inside tmux on a copy of the
// example app, keys go in with send-keys and the screen comes back with capture-pane.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitInit, removeTempDirs, runCli, tempDir } from './helpers/cli.js';
import { readTree } from './helpers/tree.js';

const repo = join(import.meta.dirname, '..');
const bin = join(repo, 'dist', 'cli', 'main.js');
// A private tmux server, so the test neither sees nor disturbs anyone's sessions.
const socket = `actionshift-test-${process.pid}`;

function tmux(...args: string[]): string {
  return execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
}

afterAll(() => {
  spawnSync('tmux', ['-L', socket, 'kill-server']);
  removeTempDirs();
});

/** The example app, committed in a fresh repository (the CLI refuses a dirty tree). */
function exampleCopy(): string {
  const dir = tempDir('acme-');
  cpSync(join(repo, 'examples', 'acme-notes'), dir, { recursive: true });
  gitInit(dir);
  return dir;
}

const withoutGit = (tree: Map<string, string>) => new Map([...tree].filter(([file]) => !file.startsWith('.git/')));
const gitStatus = (dir: string) => execFileSync('git', ['status', '--porcelain'], { cwd: dir, encoding: 'utf8' });

class Terminal {
  constructor(readonly name: string) {}

  static start(name: string, cwd: string, args: string[]): Terminal {
    const command = `node ${bin} ${args.join(' ')}; echo "[exit $?]"; sleep 600`;
    tmux('new-session', '-d', '-s', name, '-x', '200', '-y', '60', '-c', cwd, command);
    return new Terminal(name);
  }

  /** The screen and its scrollback, as plain text. */
  screen(): string {
    return tmux('capture-pane', '-p', '-J', '-S', '-2000', '-t', this.name);
  }

  keys(...keys: string[]): void {
    tmux('send-keys', '-t', this.name, ...keys);
  }

  async waitFor(pattern: RegExp, timeoutMs = 20_000): Promise<RegExpMatchArray> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const m = this.screen().match(pattern);
      if (m) return m;
      if (Date.now() > until) throw new Error(`timed out waiting for ${pattern}; the screen was:\n${this.screen()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Takes every route with Enter (its default, delegate) until the first file's prompt shows. */
  async acceptRouteChoices(): Promise<void> {
    let sent = 0;
    const until = Date.now() + 20_000;
    for (;;) {
      const s = this.screen();
      if (/\(Ynaqh\)/.test(s)) return;
      const answered = s.split('\n').filter((l) => l.startsWith('✔ After the move')).length;
      if (answered === sent && /^\? After the move/m.test(s)) {
        this.keys('Enter');
        sent++;
      }
      if (Date.now() > until) throw new Error(`no file prompt; the screen was:\n${s}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

describe('interactive review in a terminal (tmux)', () => {
  it('tmux is installed (.ci/run installs it)', () => {
    expect(spawnSync('tmux', ['-V']).status, 'install tmux to run the terminal tests').toBe(0);
  });

  it("shows the diff before writing anything; 'a' then writes the same tree as --yes", async () => {
    const dir = exampleCopy();
    const term = Terminal.start('apply-all', dir, ['to-action', '.']);
    await term.waitFor(/Which routes should become actions\?/);
    expect(term.screen()).toMatch(/◉ POST app\/api\/contact\/route\.ts -> createContact\(\) \(1 call site\)/);
    term.keys('Enter');
    await term.acceptRouteChoices();

    const screen = term.screen();
    expect(screen).toContain('(1/10) create app/actions/contact.ts');
    expect(screen).toContain('+++ b/app/actions/contact.ts');
    expect(screen).toContain("+'use server';");
    expect(screen).toMatch(/\? Create app\/actions\/contact\.ts\? \(Ynaqh\)/);
    expect(gitStatus(dir)).toBe(''); // the diff is on screen, nothing is on disk

    term.keys('a', 'Enter');
    await term.waitFor(/\[exit 0\]/);
    expect(term.screen()).toContain('Wrote 10 file(s).');

    const scripted = exampleCopy();
    const r = await runCli(['to-action', '.', '--yes'], { cwd: scripted });
    expect(r.code, r.stderr).toBe(0);
    expect(withoutGit(readTree(dir))).toEqual(withoutGit(readTree(scripted)));
  });

  it("'q' at the first file leaves the tree untouched", async () => {
    const dir = exampleCopy();
    const before = readTree(dir);
    const term = Terminal.start('quit', dir, ['to-action', '.']);
    await term.waitFor(/Which routes should become actions\?/);
    term.keys('Enter');
    await term.acceptRouteChoices();
    term.keys('q', 'Enter');
    await term.waitFor(/\[exit 0\]/);
    expect(term.screen()).toContain('Quit; nothing was written.');
    expect(gitStatus(dir)).toBe('');
    expect(readTree(dir)).toEqual(before);
  });

  it("after 'y' to some files, 'keep' for a route and then 'q', the summary tells what was written", async () => {
    const dir = exampleCopy();
    const before = readTree(dir);
    const term = Terminal.start('partial', dir, ['to-action', '.', '--route', 'remove']);
    await term.waitFor(/Which routes should become actions\?/);
    term.keys('Enter');
    // The select starts on --route's answer (remove); keep is the next one down.
    await term.waitFor(/^\? After the move, app\/api\/contact\/route\.ts:/m);
    term.keys('Down', 'Enter');
    for (const route of ['notes/\\[id\\]', 'notes', 'todos/\\[id\\]/toggle']) {
      await term.waitFor(new RegExp(`^\\? After the move, app/api/${route}/route\\.ts:`, 'm'));
      term.keys('Enter');
    }
    const answer = async (question: string, key: string) => {
      await term.waitFor(new RegExp(`^\\? ${question.replace(/[.[\]/]/g, '\\$&')}\\? \\(Ynaqh\\)`, 'm'));
      term.keys(key, 'Enter');
    };
    await answer('Create app/actions/contact.ts', 'y');
    await answer('Create app/actions/notes.ts', 'y');
    await answer('Create app/actions/todos-toggle.ts', 'y');
    await answer('Change app/components/notes.tsx', 'y');
    await answer('Delete app/api/notes/[id]/route.ts', 'y');
    // The notes route's delegate, the other callers and the toggle route's deletion are never reached.
    await answer('Change app/api/notes/route.ts', 'q');
    await term.waitFor(/\[exit 0\]/);

    const summary = term.screen().slice(term.screen().lastIndexOf('4 call site(s) to 4 route(s)'));
    expect(summary).toContain('4 call site(s) to 4 route(s) in 1 app(s): 2 migrated, 2 not written, 0 stay');
    expect(summary).toContain(
      'app/api/contact/route.ts:3 POST -> createContact() in app/actions/contact.ts (route kept unchanged (your choice): its logic now lives twice)',
    );
    expect(summary).toContain(
      'app/api/notes/[id]/route.ts:3 DELETE -> deleteNote() in app/actions/notes.ts (route removed: every caller now calls the action)',
    );
    expect(summary).toContain(
      'app/api/notes/route.ts:12 POST -> createNote() in app/actions/notes.ts (route left as it was: review stopped with q before it; its logic now lives twice)',
    );
    expect(summary).toContain(
      'app/api/todos/[id]/toggle/route.ts:5 POST -> toggleTodo() in app/actions/todos-toggle.ts (route left as it was: review stopped with q before it; its logic now lives twice)',
    );
    expect(summary).toMatch(/not written app\/components\/contact-form\.tsx:15/);
    expect(summary).toMatch(/moved app\/components\/notes\.tsx:8/);
    expect(summary).not.toContain('--route keep');
    expect(summary).toContain('Wrote 5 file(s) of 9 planned.');

    // The disk says the same: only the deletion that was answered happened.
    expect(gitStatus(dir).split('\n').filter(Boolean).sort()).toEqual([
      ' D app/api/notes/[id]/route.ts',
      ' M app/components/notes.tsx',
      '?? app/actions/',
    ]);
    const after = readTree(dir);
    for (const file of [
      'app/api/contact/route.ts',
      'app/api/notes/route.ts',
      'app/api/todos/[id]/toggle/route.ts',
      'app/components/contact-form.tsx',
      'app/todos/todo-item.tsx',
    ])
      expect(after.get(file), file).toBe(before.get(file));
    expect([...after.keys()].filter((f) => f.startsWith('app/actions/')).sort()).toEqual([
      'app/actions/contact.ts',
      'app/actions/notes.ts',
      'app/actions/todos-toggle.ts',
    ]);
  });

  it("a run after 'q' midway, once committed, ends where one run would have", async () => {
    const dir = exampleCopy();
    const term = Terminal.start('resume', dir, ['to-action', '.']);
    await term.waitFor(/Which routes should become actions\?/);
    term.keys('Enter');
    await term.acceptRouteChoices();
    // Two action modules are written; their callers and routes are never reached.
    for (const module of ['contact', 'notes']) {
      await term.waitFor(new RegExp(`^\\? Create app/actions/${module}\\.ts\\? \\(Ynaqh\\)`, 'm'));
      term.keys('y', 'Enter');
    }
    await term.waitFor(/^\? Create app\/actions\/todos-toggle\.ts\? \(Ynaqh\)/m);
    term.keys('q', 'Enter');
    await term.waitFor(/\[exit 0\]/);
    expect(gitStatus(dir)).toBe('?? app/actions/\n');
    execFileSync('git', ['add', '-A'], { cwd: dir });
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'first half'], {
      cwd: dir,
    });

    const second = await runCli(['to-action', '.', '--yes'], { cwd: dir });
    expect(second.code, second.stderr).toBe(0);
    const once = exampleCopy();
    expect((await runCli(['to-action', '.', '--yes'], { cwd: once })).code).toBe(0);
    // No second createNote beside the first, no module planned twice: the same tree as one run.
    expect(withoutGit(readTree(dir))).toEqual(withoutGit(readTree(once)));
  });

  it('Ctrl-C at the checkbox exits cleanly and writes nothing', async () => {
    const dir = exampleCopy();
    const before = readTree(dir);
    const term = Terminal.start('cancel', dir, ['to-action', '.']);
    await term.waitFor(/Which routes should become actions\?/);
    term.keys('C-c');
    await term.waitFor(/\[exit 130\]/);
    expect(term.screen()).toContain('Cancelled; nothing was written.');
    expect(readTree(dir)).toEqual(before);
  });
});
