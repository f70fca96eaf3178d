// What reading a route handler finds (docs/pipeline.md, step 4): the plan of a handler that can
// become an action, its answers and the guard it is wrapped in. Its types, and the empty plan
// reading starts from, in their own module so handler.ts, pages-api.ts, responses.ts,
// app-answers.ts and handler-wrapper.ts share them without a cycle.
import type {
  ArrowFunctionExpression,
  Expression,
  File,
  FunctionDeclaration,
  FunctionExpression,
  ReturnStatement,
  Statement,
} from '@babel/types';
import type { Reason, RouteFile } from '../../model/types.js';
import type { Path } from '../../ast/walk.js';
import type { TextEdits } from '../../ast/text-edits.js';
import type { ActionInput } from '../../shared/route-handler.js';

export type HandlerFunction = FunctionDeclaration | FunctionExpression | ArrowFunctionExpression;

export interface HandlerPlan {
  route: RouteFile;
  method: string;
  ast: File;
  fn: HandlerFunction;
  inputs: ActionInput[];
  /** Statuses of every response; null when computed at run time. */
  statuses: Array<number | null>;
  /** Whether the handler reads uploaded files from its form data. */
  readsFiles: boolean;
  /** The request-context helpers the action body now calls. */
  needs: Set<'headers' | 'cookies'>;
  /** Text edits of the route file that turn the handler's body into the action's. */
  edits: Array<(edits: TextEdits) => void>;
  /**
   * Each answer, to become the action's return value: `path` is a `return` (or an arrow's
   * expression body); `folds` the statements a Pages answer and its bare `return;` span.
   */
  responses: Array<{ path: Path; shape: Extract<ResponseShape, { kind: 'json' }>; folds?: Statement[] }>;
  /** Response headers the action leaves out: rate limits, caching (see responses.ts, droppableHeader). */
  droppedHeaders: ResponseHeader[];
  /** Pages API: the statements the action's body is made of, from where they stand in the handler. */
  statements?: Statement[];
  /** The app's own helper the handler is wrapped in, whose checks run first in the action. */
  guard?: Guard;
}

/** The plan of a handler before anything of it is read. */
export function emptyPlan(route: RouteFile, method: string, ast: File, fn: HandlerFunction): HandlerPlan {
  return {
    route,
    method,
    ast,
    fn,
    inputs: [],
    statuses: [],
    readsFiles: false,
    needs: new Set(),
    edits: [],
    responses: [],
    droppedHeaders: [],
  };
}

export type HandlerAnalysis = HandlerPlan | { reason: Reason; message: string };

export interface Guard {
  /** The helper's name where the route calls it, for messages. */
  wrapper: string;
  /** The module the helper is written in, its text and tree. */
  file: string;
  source: string;
  ast: File;
  /** The function the helper returns: its body becomes the top of the action's. */
  fn: HandlerFunction;
  /** `return handler(req, ctx)`: where the handler's own statements go. */
  call: ReturnStatement;
  /** `const user = session;`: handler parameters past the route context, bound to the helper's values. */
  bindings: Array<[param: string, value: string]>;
  /** Names the helper's module exports and the guard uses: imported from there (its other names come with its imports). */
  exports: string[];
  /** Edits of the helper's text (request reads), applied where the guard is rendered. */
  edits: Array<(edits: TextEdits) => void>;
  /** The guard's own answers, which become the action's return values as the handler's do. */
  responses: HandlerPlan['responses'];
}

export type ResponseShape =
  | {
      kind: 'json';
      /** The JSON value; null for an empty body. */
      body: Expression | null;
      status: number | null;
      statusExpr: Expression | null;
      /** Edits moving `response.cookies.set(...)` onto `cookies()`. */
      cookieWrites: Array<(edits: TextEdits) => void>;
      /** Edits removing the response variable, when the body was built in one. */
      cleanup: Array<(edits: TextEdits) => void>;
      /** Response headers an action cannot send (rate limits, caching), in the order written; the value null when not a string literal. */
      headers: ResponseHeader[];
      /** The body is plain text (`new Response('OK')`): the action returns the string, the delegate answers it as text. */
      text?: boolean;
      /**
       * `body` builds a JSON Response with the app's own code (`new AppError(...).toResponse()`,
       * app-answers.ts): the action returns its JSON, and its status when `status` is null.
       */
      appResponse?: boolean;
    }
  | { kind: 'skip'; reason: Reason; message: string };

export interface ResponseHeader {
  name: string;
  value: string | null;
}
