// A scenario (`__testfixtures__/apps/<name>/scenario.json`): what the migration must do to the app,
// and the steps a real browser (and a plain HTTP client) plays against it before and after.
import { createHmac } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { Browser, Page } from 'playwright-core';

export type Step =
  | { goto: string }
  | { reload: true }
  /** types into the field whose label is exactly this text */
  | { fill: string; with: string }
  /** clicks the element with this accessible name; role defaults to `button` */
  | { click: string; role?: string }
  /** waits until the text is visible (substring); `role` limits it to elements of that role, and
   * several texts must then all be in one such element (a table row, say) */
  | { see: string | string[]; role?: string }
  /** waits until no visible element shows the text */
  | { notSee: string }
  /** the field whose label is exactly `value` holds `is` (what the user typed survived the submit) */
  | { value: string; is: string }
  | RequestStep;

export interface RequestStep {
  request: {
    method: string;
    path: string;
    headers?: Record<string, string>;
    /** sent as application/json */
    json?: unknown;
    /** sent as application/x-www-form-urlencoded */
    form?: Record<string, string>;
    /** sent as is */
    body?: string;
    /** adds `header: hex HMAC-SHA256(secret, body)` */
    sign?: { header: string; secret: string };
  };
  status?: number;
  /** the JSON answer, deep-equal */
  json?: unknown;
  /** these keys of the JSON answer, deep-equal */
  jsonIncludes?: Record<string, unknown>;
  /** substrings the raw answer must contain / must not contain */
  includes?: string[];
  excludes?: string[];
  /** response headers that must contain these substrings */
  headers?: Record<string, string>;
}

export interface Scenario {
  description: string;
  command: 'to-action' | 'to-route';
  /** extra CLI flags after `--yes --force` */
  flags?: string[];
  migration: {
    /** report sites that must be present (each key must match; `null` matches a key the site lacks) */
    sites?: Array<Record<string, unknown>>;
    /** files (relative to the app) that must differ from the original after migrating */
    changed?: string[];
    /** files that must not exist before and must exist after */
    created?: string[];
    /** files that must stay byte-identical */
    unchanged?: string[];
    /** substrings a migrated file must contain */
    contains?: Record<string, string[]>;
  };
  steps: Step[];
  /** played only after the migration, after `steps` (e.g. the routes to-route wrote) */
  afterMigration?: Step[];
}

const STEP_TIMEOUT = 15_000;

export class StepError extends Error {
  constructor(
    readonly index: number,
    readonly step: Step,
    message: string,
    readonly pageText?: string,
  ) {
    super(message);
  }
}

async function until(check: () => Promise<boolean>, timeout: number): Promise<boolean> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
}

function subsetOf(expected: Record<string, unknown>, actual: unknown): boolean {
  if (typeof actual !== 'object' || actual === null) return false;
  return Object.entries(expected).every(([k, v]) => isDeepStrictEqual((actual as Record<string, unknown>)[k], v));
}

async function playRequest(baseURL: string, step: RequestStep): Promise<string | null> {
  const { method, path, headers = {}, json, form, body, sign } = step.request;
  const sendHeaders: Record<string, string> = { ...headers };
  let payload: string | undefined = body;
  if (json !== undefined) {
    payload = JSON.stringify(json);
    sendHeaders['content-type'] ??= 'application/json';
  } else if (form) {
    payload = new URLSearchParams(form).toString();
    sendHeaders['content-type'] ??= 'application/x-www-form-urlencoded';
  }
  if (sign)
    sendHeaders[sign.header] = createHmac('sha256', sign.secret)
      .update(payload ?? '')
      .digest('hex');
  const res = await fetch(new URL(path, baseURL), {
    method,
    headers: sendHeaders,
    body: payload,
    redirect: 'manual',
    signal: AbortSignal.timeout(STEP_TIMEOUT),
  });
  const text = await res.text();
  const problems: string[] = [];
  if (step.status !== undefined && res.status !== step.status)
    problems.push(`status ${res.status}, expected ${step.status}`);
  if (step.json !== undefined || step.jsonIncludes) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      problems.push('the answer is not JSON');
    }
    if (parsed !== undefined) {
      if (step.json !== undefined && !isDeepStrictEqual(parsed, step.json))
        problems.push(`JSON ${JSON.stringify(parsed)}, expected ${JSON.stringify(step.json)}`);
      if (step.jsonIncludes && !subsetOf(step.jsonIncludes, parsed))
        problems.push(`JSON ${JSON.stringify(parsed)} lacks ${JSON.stringify(step.jsonIncludes)}`);
    }
  }
  for (const s of step.includes ?? []) if (!text.includes(s)) problems.push(`answer lacks ${JSON.stringify(s)}`);
  for (const s of step.excludes ?? []) if (text.includes(s)) problems.push(`answer leaks ${JSON.stringify(s)}`);
  for (const [name, s] of Object.entries(step.headers ?? {})) {
    const value = res.headers.get(name);
    if (value === null || !value.includes(s))
      problems.push(`header ${name}: ${JSON.stringify(value)}, expected to contain ${JSON.stringify(s)}`);
  }
  return problems.length === 0 ? null : `${problems.join('; ')}\n  answer: ${res.status} ${text.slice(0, 400)}`;
}

async function playBrowserStep(page: Page, step: Exclude<Step, RequestStep>): Promise<void> {
  if ('goto' in step) {
    const res = await page.goto(step.goto, { waitUntil: 'load', timeout: STEP_TIMEOUT });
    if (res && res.status() >= 400) throw new Error(`GET ${step.goto} answered ${res.status()}`);
    return;
  }
  if ('reload' in step) {
    await page.reload({ waitUntil: 'load', timeout: STEP_TIMEOUT });
    return;
  }
  if ('fill' in step) {
    await page.getByLabel(step.fill, { exact: true }).fill(step.with, { timeout: STEP_TIMEOUT });
    return;
  }
  if ('click' in step) {
    const role = (step.role ?? 'button') as Parameters<Page['getByRole']>[0];
    await page.getByRole(role, { name: step.click, exact: true }).click({ timeout: STEP_TIMEOUT });
    return;
  }
  if ('see' in step) {
    const texts = Array.isArray(step.see) ? step.see : [step.see];
    let locator = step.role ? page.getByRole(step.role as Parameters<Page['getByRole']>[0]) : page.getByText(texts[0]!);
    if (step.role) for (const text of texts) locator = locator.filter({ hasText: text });
    else if (texts.length > 1) throw new Error('several texts need a role to look in');
    await locator.first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
    return;
  }
  if ('value' in step) {
    const field = page.getByLabel(step.value, { exact: true });
    const kept = await until(async () => (await field.inputValue({ timeout: STEP_TIMEOUT })) === step.is, 2_000);
    if (!kept)
      throw new Error(
        `the field ${JSON.stringify(step.value)} holds ${JSON.stringify(await field.inputValue())}, expected ${JSON.stringify(step.is)}`,
      );
    return;
  }
  if ('notSee' in step) {
    const gone = await until(
      async () => (await page.getByText(step.notSee).filter({ visible: true }).count()) === 0,
      STEP_TIMEOUT,
    );
    if (!gone) throw new Error(`${JSON.stringify(step.notSee)} is still visible`);
    return;
  }
  throw new Error(`unknown step ${JSON.stringify(step)}`);
}

/** Plays the steps in a fresh browser context; throws a StepError naming the failing step. */
export async function play(browser: Browser, baseURL: string, steps: Step[], indexOffset = 0): Promise<void> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  try {
    for (const [i, step] of steps.entries()) {
      const index = indexOffset + i + 1;
      try {
        if ('request' in step) {
          const problem = await playRequest(baseURL, step);
          if (problem) throw new Error(problem);
        } else {
          await playBrowserStep(page, step);
        }
        if (pageErrors.length > 0) throw new Error(`uncaught error in the page: ${pageErrors.join(' | ')}`);
      } catch (error) {
        const text = await page
          .locator('body')
          .innerText({ timeout: 2_000 })
          .catch(() => '');
        throw new StepError(
          index,
          step,
          error instanceof Error ? error.message.split('\n').slice(0, 6).join('\n') : String(error),
          text,
        );
      }
    }
  } finally {
    await context.close();
  }
}
