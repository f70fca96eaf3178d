"use client";

import { useState } from "react";
import { subscribe } from "../actions/subscribe";

export default function Subscribe() {
  const [email, setEmail] = useState("");
  const [done, setDone] = useState(null);

  async function onClick() {
    const data = await subscribe({ email });
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
