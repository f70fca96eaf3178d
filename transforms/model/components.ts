// `--shard K/N` inside an app (README.md, Monorepos): the files a run ties together (a caller
// and the route it calls, a route and its action module, a rewritten file and what it needs) form
// components, and each component goes to one shard, so N runs never write the same file and
// their reports concatenate to the whole run's.
import type { Change, Site } from './types.js';

export interface ShardSpec {
  /** 1-based. */
  index: number;
  count: number;
}

/** FNV-1a: the same shard for the same key on every machine, whatever else the tree holds. */
export function shardOf(key: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % count) + 1;
}

/** Union-find over file paths; a component is named by its smallest path. */
export class FileComponents {
  private readonly parent = new Map<string, string>();

  private find(file: string): string {
    let root = this.parent.get(file) ?? file;
    if (!this.parent.has(file)) this.parent.set(file, file);
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    // Path compression keeps later finds short.
    for (let at = file; at !== root;) {
      const next = this.parent.get(at)!;
      this.parent.set(at, root);
      at = next;
    }
    return root;
  }

  union(a: string, b?: string | null): void {
    const ra = this.find(a);
    if (!b) return;
    const rb = this.find(b);
    // The smaller path becomes the root, so a component's name does not depend on union order.
    if (ra < rb) this.parent.set(rb, ra);
    else if (rb < ra) this.parent.set(ra, rb);
  }

  /** Whether `file`'s component (or the file alone, when it is in none) belongs to this shard. */
  inShard(file: string, shard: ShardSpec): boolean {
    const root = this.parent.has(file) ? this.find(file) : file;
    return shardOf(root, shard.count) === shard.index;
  }

  /** Ties together each site's file and target, and each change's file and what it requires. */
  addResult(sites: Site[], changes: Change[]): void {
    for (const s of sites) this.union(s.file, s.target);
    for (const c of changes) for (const r of c.requires ?? [null]) this.union(c.file, r);
  }
}
