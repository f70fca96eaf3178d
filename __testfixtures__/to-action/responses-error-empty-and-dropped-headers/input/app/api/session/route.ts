import { NextResponse, type NextRequest } from 'next/server';

export async function DELETE(req: NextRequest) {
  const token = req.cookies.get('token');
  if (!token) return new NextResponse('Unauthorized', { status: 401 });
  return new NextResponse(null, { status: 204 });
}
