// Logs each call; checks nothing.
export function createAction<TInput, TOutput>(handler: (input: TInput) => Promise<TOutput>) {
  return async function run(input: TInput) {
    console.info('action called');
    return handler(input);
  };
}
