import { NextResponse } from 'next/server';
import { db } from '@/lib/archive-db';

const LIMIT = 20;

export const PATCH = async (request: Request, { params }: { params: Promise<{ id: string }> }) =>
  NextResponse.json({ saved: db.save((await params).id, await request.json()), LIMIT });
