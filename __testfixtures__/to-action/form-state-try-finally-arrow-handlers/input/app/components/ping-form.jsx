'use client';

export function PingForm() {
  return (
    <form
      onSubmit={async e => {
        e.preventDefault();
        const source = 'ping-form', data = new FormData(e.currentTarget);
        data.set('source', source);
        await fetch('/api/ping', { method: 'POST', body: data });
        e.currentTarget.reset();
      }}
    >
      <input name="note" />
      <button>Ping</button>
    </form>
  );
}
