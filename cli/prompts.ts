// The questions interactive review asks, behind an interface so the flow can be tested with
// scripted answers; `inquirerPrompter` asks them in the terminal. Inquirer loads only here, on
// the interactive path, so scripted runs never pay for it.

export type FileAnswer = 'y' | 'n' | 'a' | 'q';

export interface CheckboxChoice {
  name: string;
  value: string;
  checked?: boolean;
  /** Shown greyed out with this text, and cannot be picked. */
  disabled?: string;
}

export interface SelectChoice<T extends string> {
  name: string;
  value: T;
  description?: string;
}

export interface Prompter {
  checkbox(message: string, choices: CheckboxChoice[]): Promise<string[]>;
  select<T extends string>(message: string, choices: SelectChoice<T>[], initial: T): Promise<T>;
  /** y apply, n skip, a apply this and all remaining, q quit. */
  fileAnswer(message: string): Promise<FileAnswer>;
}

/** The person pressed Ctrl-C (or the terminal went away) during a prompt. */
export class Cancelled extends Error {}

async function cancellable<T>(ask: () => Promise<T>): Promise<T> {
  try {
    return await ask();
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError') throw new Cancelled('cancelled');
    throw error;
  }
}

export function inquirerPrompter(): Prompter {
  return {
    async checkbox(message, choices) {
      const { default: checkbox } = await import('@inquirer/checkbox');
      return cancellable(() =>
        checkbox({
          message,
          choices: choices.map((ch) => ({
            name: ch.name,
            value: ch.value,
            checked: ch.checked ?? false,
            disabled: ch.disabled ?? false,
          })),
          pageSize: 15,
          loop: false,
        }),
      );
    },
    async select(message, choices, initial) {
      const { default: select } = await import('@inquirer/select');
      return cancellable(() => select({ message, choices, default: initial, loop: false }));
    },
    async fileAnswer(message) {
      const { default: expand } = await import('@inquirer/expand');
      return cancellable(() =>
        expand<FileAnswer>({
          message,
          default: 'y',
          choices: [
            { key: 'y', name: 'apply this change', value: 'y' },
            { key: 'n', name: 'skip this file', value: 'n' },
            { key: 'a', name: 'apply this and all remaining changes', value: 'a' },
            { key: 'q', name: 'quit: write only what was accepted before, nothing more', value: 'q' },
          ],
        }),
      );
    },
  };
}
