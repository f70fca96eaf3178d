// One self-rewriting status line on stderr while files are read (docs/review.md). Only on a
// terminal: piped or captured stderr gets nothing, so logs stay clean.
import type { OutStream } from './io.js';

export interface Progress {
  update(done: number, total: number, apps: number): void;
  done(): void;
}

const INTERVAL_MS = 80;

export function readingProgress(stream: OutStream, enabled: boolean): Progress {
  if (!enabled || stream.isTTY !== true) return { update() {}, done() {} };
  let last = 0;
  let shown = false;
  const show = (done: number, total: number, apps: number) => {
    stream.write(`\r\x1b[2KReading files ${done}/${total} · ${apps} Next.js app(s) found`);
    shown = true;
  };
  return {
    update(done, total, apps) {
      const now = Date.now();
      if (done !== total && now - last < INTERVAL_MS) return;
      last = now;
      show(done, total, apps);
    },
    done() {
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}
