export default async function AdminHome() {
  const res = await fetch('/api/ping', { method: 'POST' });
  return <p>{res.status}</p>;
}
