import { ContactForm } from './contact-form';
import { NewsletterSignup } from './newsletter-signup';

export default function ContactPage() {
  return (
    <main>
      <h1>Contact us</h1>
      <p>Questions about a project? Send us a note and we will get back to you.</p>
      <ContactForm />
      <footer>
        <h2>Studio notes</h2>
        <p>One email a month about what we are building.</p>
        <NewsletterSignup />
      </footer>
    </main>
  );
}
