import { NextResponse } from 'next/server'
import { placeOrder } from '../../actions/orders'

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': 'https://partner.example.com',
  'Access-Control-Allow-Methods': 'POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type',
}

export function OPTIONS() {
  return new Response(null, { status: 204, headers: CORS_HEADERS })
}

export async function POST(request) {
  if (!request.headers.get('content-type')?.includes('application/json')) {
    return NextResponse.json({ error: 'Expected application/json' }, { status: 400, headers: CORS_HEADERS })
  }
  let body
  try {
    body = await request.json()
  } catch {
    return NextResponse.json({ error: 'Malformed JSON body' }, { status: 400, headers: CORS_HEADERS })
  }
  try {
    const result = await placeOrder(body)
    if (result === undefined) return new Response(null, { status: 204, headers: CORS_HEADERS })
    return NextResponse.json(result, { status: failureStatus(result), headers: CORS_HEADERS })
  } catch (error) {
    // redirect() and notFound() throw on purpose: let Next.js handle them.
    if (typeof error?.digest === 'string' && error.digest.startsWith('NEXT_')) throw error
    console.error(error)
    return NextResponse.json({ error: 'Internal Server Error' }, { status: 500, headers: CORS_HEADERS })
  }
}

/** The failures placeOrder returns rather than throws: they answer 4xx, not 200. */
function failureStatus(result) {
  const fields = typeof result === 'object' && result !== null ? result : {}
  if (fields.error) return 400
  return 200
}
