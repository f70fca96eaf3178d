import { ChatBox } from './components/chat-box';

export default function SupportPage() {
  return (
    <main>
      <h1>How can we help?</h1>
      <ChatBox />
    </main>
  );
}
