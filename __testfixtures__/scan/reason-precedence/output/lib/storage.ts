export async function saveAvatar(bytes: Uint8Array): Promise<string> {
  return `/avatars/${bytes.length}`;
}
