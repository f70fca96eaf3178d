export const db = { add: (title: string) => ({ id: title }), size: () => 1 };
