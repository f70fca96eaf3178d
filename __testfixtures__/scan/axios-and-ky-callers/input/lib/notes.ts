export interface Note {
  id: string;
  text: string;
}

const items = new Map<string, Note>();

export const notes = {
  add(text: string): Note {
    const note = { id: String(items.size + 1), text };
    items.set(note.id, note);
    return note;
  },
  edit(id: string, text: string): Note | undefined {
    const note = items.get(id);
    if (note) note.text = text;
    return note;
  },
  remove(id: string): void {
    items.delete(id);
  },
};
