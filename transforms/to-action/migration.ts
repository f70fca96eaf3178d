// What the steps of to-action hand each other (docs/pipeline.md): a call that may move
// (Candidate), a route method that becomes an action (Migration), the first pass over the
// callers and the files parsed so far. Its own module so the steps import it rather than index.ts,
// which imports them.
import type { File } from '@babel/types';
import type { App, FileError, ProjectSnapshot, RouteFile, Site } from '../model/types.js';
import { parseErrorMessage, parseForAnalysis, type ParseMemo } from '../ast/parse.js';
import type { DelegateAnswer } from '../shared/route-handler.js';
import type { FetchCall } from './calls/fetch-call.js';
import type { ErrorReads } from './calls/error-reads.js';
import type { UrlTemplate } from './calls/url.js';
import type { RouteMatch } from './calls/route-match.js';
import type { DroppedHeaders } from './handler/handler.js';
import type { HandlerPlan } from './handler/plan.js';

/**
 * What planning needs of a call. No AST paths: a path keeps its caller's whole tree alive until
 * the caller is rewritten, and a thousand such trees were copied by every young-generation
 * collection of the run.
 */
export interface CallDigest {
  file: string;
  body: FetchCall['body']['kind'];
  /** Some use of the response reads `ok` or `status`. */
  readsStatus: boolean;
  /** fetch, or axios or ky, whose promise rejects on an error status where an action's result would not. */
  client: FetchCall['client'];
  errorReads: ErrorReads | null;
  /** What uploads a file in the body it sends, if anything does. */
  uploads: string | null;
  /** What of its JSON body JSON would have flattened, if anything (a Date, a Map). */
  flattens: string | null;
}

export interface Candidate {
  digest: CallDigest;
  /** The call on the tree the caller is rewritten on, found again there; only while it is rewritten. */
  call?: FetchCall;
  /** Its place among the file's fetch calls, the same on any AST of the same text. */
  index: number;
  app: App;
  match: RouteMatch;
  url: UrlTemplate;
  method: string;
  site: Site;
}

/**
 * What later steps need of a handler plan. Not the plan itself: its nodes hold the route's whole
 * tree, and a run over a thousand routes would keep them all.
 */
export interface PlanDigest {
  inputs: HandlerPlan['inputs'];
  statuses: HandlerPlan['statuses'];
  /** Some response has no body. */
  mayBeEmpty: boolean;
  /** What each answer sent (JSON, text, no body): the delegate answers each the same way. */
  answers: DelegateAnswer[];
  /** Some response has an error status (or one known only at run time). */
  answersError: boolean;
  /** Response headers the action leaves out, and which of them the delegate still sends. */
  headers: DroppedHeaders | null;
}

/** A route method that becomes an action, with everything later steps need. */
export interface Migration {
  route: RouteFile;
  method: string;
  plan: PlanDigest;
  envelope: boolean;
  moduleFile: string;
  name: string;
  candidates: Candidate[];
  routeSite: Site;
  /** The route already delegates to this action (delegates.ts): only its callers move, nothing else is written. */
  delegates?: boolean;
}

export class ParsedFiles {
  readonly errors: FileError[] = [];
  /** Output texts already checked to parse. */
  readonly verified: ParseMemo = new Map();
  /** Files parsed (true) or failed (false); ASTs are not kept, so a large run does not hold them all. */
  private readonly cache = new Map<string, boolean>();
  constructor(private readonly snapshot: ProjectSnapshot) {}

  get count(): number {
    return this.cache.size;
  }

  /** Files parsed (or tried), so a shard can count its own. */
  files(): string[] {
    return [...this.cache.keys()];
  }

  /** What was parsed (true) or failed (false), to hand to another thread. */
  entries(): Array<[string, boolean]> {
    return [...this.cache];
  }

  /** Takes on a first pass made elsewhere: its files count as parsed here and its errors stand. */
  seed(analysis: CallerAnalysis): void {
    for (const [file, ok] of analysis.parsed) this.cache.set(file, ok);
    this.errors.push(...analysis.errors);
  }

  /**
   * A @babel/parser AST of a file, or null after reporting why. Nothing edits it: rewrites are
   * text edits at its offsets.
   */
  analyse(file: string): File | null {
    if (this.cache.get(file) === false) return null;
    const text = this.snapshot.files.get(file);
    if (text === undefined) return null;
    try {
      const ast = parseForAnalysis(file, text);
      this.cache.set(file, true);
      return ast;
    } catch (error) {
      this.cache.set(file, false);
      this.errors.push({ file, message: parseErrorMessage(error) });
      return null;
    }
  }
}

/**
 * The first pass over every caller: call sites found, resolved and checked, nothing parsed for
 * printing. Plain data (candidates keep no AST), so one thread can make it once and workers
 * each finish a shard from it instead of each parsing every caller again.
 */
export interface CallerAnalysis {
  sites: Site[];
  candidates: Candidate[];
  errors: FileError[];
  parsed: Array<[string, boolean]>;
}
