export type ErrorKind = 'bad_request' | 'unauthorized' | 'forbidden' | 'not_found';

const statusByKind: Record<ErrorKind, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
};

const defaultMessages: Record<ErrorKind, string> = {
  bad_request: 'The request was not understood.',
  unauthorized: 'Sign in to keep bookmarks.',
  forbidden: 'That bookmark is not yours.',
  not_found: 'No such bookmark.',
};

export class AppError extends Error {
  kind: ErrorKind;
  status: number;

  constructor(kind: ErrorKind, detail?: string) {
    super(detail ?? defaultMessages[kind]);
    this.kind = kind;
    this.status = statusByKind[kind] ?? 500;
  }

  toResponse() {
    return Response.json({ code: this.kind, message: this.message }, { status: this.status });
  }

  static respond(kind: ErrorKind) {
    return Response.json({ code: kind, message: defaultMessages[kind] }, { status: statusByKind[kind] });
  }

  static describe(error: unknown) {
    return new Response(String(error), { status: 500, headers: { 'Content-Type': 'text/plain' } });
  }
}

export class StoreError extends Error {
  constructor(readonly kind: ErrorKind) {
    super(kind);
  }
}
