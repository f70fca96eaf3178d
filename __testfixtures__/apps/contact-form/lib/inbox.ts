export interface Inquiry {
  id: number;
  name: string;
  email: string;
  message: string;
  receivedAt: Date;
}

// Kept on globalThis so every route bundle of the server process shares one store
// (a stand-in for the team's CRM).
const globalForInbox = globalThis as typeof globalThis & { __inbox?: { inquiries: Inquiry[]; subscribers: Set<string> } };
const store = (globalForInbox.__inbox ??= { inquiries: [], subscribers: new Set() });

export async function saveInquiry(input: { name: string; email: string; message: string }): Promise<Inquiry> {
  const inquiry = { id: store.inquiries.length + 1, ...input, receivedAt: new Date() };
  store.inquiries.push(inquiry);
  return inquiry;
}

export async function addSubscriber(email: string): Promise<void> {
  store.subscribers.add(email);
}
