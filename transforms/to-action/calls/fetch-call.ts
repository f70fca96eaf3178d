// What reading a client call finds (docs/caller-rewrite.md): its body, its client and how the
// response is used. Its own module so the readers (request, response use, client calls) and
// call-sites.ts, which puts them together, share it without importing each other.
import type { CallExpression, Expression } from '@babel/types';
import type { Path } from '../../ast/walk.js';
import type { UrlResolution } from './url.js';
import type { ErrorReads } from './error-reads.js';

export type CallBody =
  | { kind: 'none' }
  | { kind: 'json'; expr: Expression }
  /** `file`: what uploads a file in it, when something does. */
  | { kind: 'form'; expr: Expression; file: string | null }
  | { kind: 'unknown'; why: string };

/** One use of the response object, to be rewritten against the action's result. */
export interface ResponseRef {
  path: Path;
  /** `data`: axios's parsed body, a value where fetch's `res.json()` is a promise. */
  use: 'json' | 'data' | 'ok' | 'status' | 'log';
  /** For `json`: the `await res.json()` (or `res.json()`) expression to replace; for `data`, `res.data`; for `log`, the reference. */
  target: Path;
  awaited: boolean;
}

export type ResponseUse =
  | { kind: 'ignored' }
  | { kind: 'variable'; name: string; declarator: Path; refs: ResponseRef[] }
  /**
   * `pattern`: axios's `.then(({ data, status }) => ...)`, the keys it takes and the name `data` is
   * bound to (the envelope has both keys; a plain result is the data itself).
   */
  | {
      kind: 'then';
      then: Path;
      param: string | null;
      refs: ResponseRef[];
      pattern?: { path: Path; keys: string[]; data: string | null };
    }
  /** `(await fetch(...)).json()`, or axios's `(await axios.post(...)).data` (`value`: not a promise). */
  | { kind: 'direct-json'; target: Path; value?: boolean }
  /** axios: `const { data } = await axios.post(...)`, `data` taken under `local`. */
  | { kind: 'data-pattern'; declarator: Path; local: string }
  | { kind: 'beyond'; why: string };

/** fetch, or a library whose promise rejects when the answer has an error status. */
export type HttpClient = 'fetch' | 'axios' | 'ky';

export interface FetchCall {
  client: HttpClient;
  file: string;
  line: number;
  call: Path & { node: CallExpression };
  /** The `await fetch(...)` or bare `fetch(...)` expression the action call replaces. */
  outer: Path;
  resolution: UrlResolution;
  method: string | null;
  body: CallBody;
  /** Request options an action cannot reproduce (custom headers, abort signal). */
  unsupportedInit: string | null;
  use: ResponseUse;
  /** axios, ky: what the code around the call reads of the error the library throws. */
  errorReads: ErrorReads | null;
  /** What of a JSON body JSON would have flattened and an action passes as it is, if anything. */
  flattens?: string | null;
}
