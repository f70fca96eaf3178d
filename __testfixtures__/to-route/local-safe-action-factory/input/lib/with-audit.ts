import { instrument } from './instrument';

export const withAudit = <T extends (...args: never[]) => Promise<unknown>>(fn: T) => instrument('audit', fn);
