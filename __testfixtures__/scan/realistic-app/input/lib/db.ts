export interface Note {
  id: string;
  title: string;
  body: string;
}

const notes = new Map<string, Note>();

export const db = {
  get notes(): Note[] {
    return [...notes.values()];
  },
  create(input: { title: string; body: string }): Note {
    const note = { id: String(notes.size + 1), ...input };
    notes.set(note.id, note);
    return note;
  },
  remove(id: string): void {
    notes.delete(id);
  },
};
