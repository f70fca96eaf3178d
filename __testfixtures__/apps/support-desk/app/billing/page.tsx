import { listInvoices } from '@/lib/billing';

export default function BillingPage() {
  const invoices = listInvoices();

  return (
    <main>
      <h1>Billing</h1>
      <table>
        <thead>
          <tr>
            <th>Invoice</th>
            <th>Customer</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody>
          {invoices.map((invoice) => (
            <tr key={invoice.id}>
              <td>{invoice.id}</td>
              <td>{invoice.customer}</td>
              <td>{invoice.status === 'paid' ? 'Paid' : 'Open'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
