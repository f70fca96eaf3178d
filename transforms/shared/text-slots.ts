// Generated code inserted as text: the tree holds a placeholder identifier that is swapped for
// the text after printing, so new lines read as we wrote them, not as recast would re-layout them.
import type { Node, Statement } from '@babel/types';
import { words } from '../ast/nodes.js';

export class TextSlots {
  private readonly texts: Array<{ id: string; text: string; statement: boolean }> = [];

  private next(text: string, statement: boolean): string {
    const id = `__actionshift_slot_${this.texts.length}__`;
    this.texts.push({ id, text, statement });
    return id;
  }

  expr(text: string): Node {
    return { type: 'Identifier', name: this.next(text, false) } as Node;
  }

  stmt(text: string): Statement {
    return {
      type: 'ExpressionStatement',
      expression: { type: 'Identifier', name: this.next(text, true) },
    } as Statement;
  }

  type(text: string): Node {
    return { type: 'TSTypeReference', typeName: { type: 'Identifier', name: this.next(text, false) } } as Node;
  }

  /** Names the inserted texts refer to, so unused-import cleanup keeps what they use. */
  names(): Set<string> {
    return words(this.texts.map((t) => t.text).join('\n'));
  }

  fill(printed: string): string {
    let out = printed;
    for (const { id, text, statement } of this.texts)
      out = out.replace(new RegExp(statement ? `${id};?` : id), () => text);
    return out;
  }
}
