// How a caller imports the action module: through a tsconfig alias that covers it, else relatively.
import type { App } from '../model/types.js';
import { isInside, relativeSpecifier } from '../model/paths.js';

export function importSpecifier(app: App, fromFile: string, moduleFile: string): string {
  const options: string[] = [];
  for (const alias of app.aliases) {
    if (!alias.wildcard) continue;
    for (const target of alias.targets) {
      if (!isInside(moduleFile, target)) continue;
      const rest = target === '.' ? moduleFile : moduleFile.slice(target.length + 1);
      options.push(alias.prefix + rest.replace(/\.(tsx?|jsx?|mjs)$/, ''));
    }
  }
  options.sort((a, b) => a.length - b.length);
  return options[0] ?? relativeSpecifier(fromFile, moduleFile);
}
