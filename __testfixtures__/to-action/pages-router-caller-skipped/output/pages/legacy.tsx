import { FeedbackButton } from '../components/feedback-button';

export default function Legacy() {
  return <FeedbackButton />;
}
