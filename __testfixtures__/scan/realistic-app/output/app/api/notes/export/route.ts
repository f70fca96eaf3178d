import { db } from '@/lib/db';

export async function GET() {
  const rows = db.notes.map((n) => `${n.id},${JSON.stringify(n.title)}`).join('\n');
  return new Response(`id,title\n${rows}`, {
    headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="notes.csv"' },
  });
}
