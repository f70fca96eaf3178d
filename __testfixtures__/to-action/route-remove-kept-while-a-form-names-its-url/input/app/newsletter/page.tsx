import { SubscribeButton } from './subscribe-button';

// Works without JavaScript too: the browser posts the form to the route.
export default function Page() {
  return (
    <form action="/api/subscribe" method="post">
      <input name="email" type="email" />
      <SubscribeButton email="" />
    </form>
  );
}
