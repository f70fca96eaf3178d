"use client";

import { useState } from "react";

export default function Subscribe() {
  const [email, setEmail] = useState("");
  const [done, setDone] = useState(null);

  async function onClick() {
    const res = await fetch("/api/subscribe", {
      method: "POST",
      body: JSON.stringify({ email }),
    });
    const data = await res.json();
    setDone(data.subscribed);
  }

  return (
    <div>
      <input value={email} onChange={(e) => setEmail(e.target.value)} />
      <button onClick={onClick}>Subscribe</button>
      {done && <p>Subscribed {done}</p>}
    </div>
  );
}
