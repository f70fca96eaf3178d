export const db = { save: (id: string, body: unknown) => ({ id, body }), size: () => 2 };
