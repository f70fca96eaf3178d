export async function saveUser(user: { name: string; email: string }) {
  return { id: '1', ...user };
}
