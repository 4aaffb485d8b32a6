import { Feedback } from './feedback';

// A server component page; the interview is a client component inside it, as docs/frameworks.md shows.
export default function Page() {
  return (
    <main>
      <h1>Your account</h1>
      <Feedback />
    </main>
  );
}
