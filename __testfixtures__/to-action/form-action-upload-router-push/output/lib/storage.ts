export async function storeAvatar(file: File): Promise<string> {
  return `/avatars/${file.name}`;
}
