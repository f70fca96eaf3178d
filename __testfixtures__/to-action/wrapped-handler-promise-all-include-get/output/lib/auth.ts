export function withAuth<T>(handler: (ctx: { req: Request; session: { userId: string } }) => Promise<T>) {
  return (req: Request) => handler({ req, session: { userId: 'u1' } });
}
