export async function POST(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  return Response.json({ greeting: locale === 'fr' ? 'Bonjour' : 'Hello' });
}
