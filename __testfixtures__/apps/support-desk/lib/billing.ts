export type InvoiceStatus = 'open' | 'paid';

export interface Invoice {
  id: string;
  customer: string;
  amount: number;
  status: InvoiceStatus;
}

interface BillingStore {
  invoices: Map<string, Invoice>;
  feedback: Array<{ question: string; helpful: boolean }>;
}

// One store per server process, shared by every route bundle (stands in for the database).
const globalForBilling = globalThis as typeof globalThis & { __billing?: BillingStore };
const store = (globalForBilling.__billing ??= {
  invoices: new Map([
    ['inv_1001', { id: 'inv_1001', customer: 'Initech', amount: 12000, status: 'open' }],
    ['inv_1002', { id: 'inv_1002', customer: 'Globex', amount: 4800, status: 'paid' }],
  ]),
  feedback: [],
});

export function listInvoices(): Invoice[] {
  return [...store.invoices.values()];
}

export function markPaid(id: string): Invoice | null {
  const invoice = store.invoices.get(id);
  if (!invoice) return null;
  invoice.status = 'paid';
  return invoice;
}

export function recordFeedback(question: string, helpful: boolean): number {
  store.feedback.push({ question, helpful });
  return store.feedback.length;
}
