// Small pieces of a project model for tests that build one by hand.
import type { App } from '../../transforms/model/types.js';

/** A small deterministic generator, so a failure names a case that can be run again. */
export function random(seed: number): () => number {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** An app at the root with both routers, Next 15 and React 19, no basePath or aliases; `over` changes any of it. */
export function testApp(over: Partial<App> = {}): App {
  return {
    dir: '.',
    router: 'both',
    next: '15.0.0',
    react: '19.0.0',
    appDir: 'app',
    pagesDir: 'pages',
    basePath: '',
    aliases: [],
    ...over,
  } as App;
}
