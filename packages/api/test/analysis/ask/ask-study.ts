/**
 * A post-case support study for "ask your interviews": 24 interviews (12 starter, 12 enterprise; chat, email and
 * phone), three answers each, written the way customers talk. Each interview carries its ground truth: which of the
 * planted subjects it speaks to. Being let down after the case was closed is planted 9 of 12 times on the starter
 * plan and 1 of 12 on enterprise (a segment that clearly over-represents); having to explain the problem again is
 * spread evenly, 3 and 2 (no segment stands out). Many sentences say it without the question's words ("I had to chase them
 * again a week later"), and decoys sit among them: pets, weather, a laptop at the kitchen table, a bakery that is
 * "closed on Mondays", an annual subscription (so cost is said, a pricing page never is), and nobody mentions a
 * phone app, a website or anything mobile.
 */

/** What an interview speaks to: five support subjects, and the decoys nothing should be answered from. */
export type Subject = 'after_close' | 'repeat' | 'slow_reply' | 'friendly_agent' | 'fixed_properly' | 'decoy';

/** One interview: who the participant is, what they answered, and what they speak to. */
export interface AskInterview {
  attributes: { plan: 'starter' | 'enterprise'; channel: 'chat' | 'email' | 'phone' };
  answers: [string, string, string];
  truth: Subject[];
}

const starter = (channel: AskInterview['attributes']['channel']) => ({ plan: 'starter' as const, channel });
const enterprise = (channel: AskInterview['attributes']['channel']) => ({ plan: 'enterprise' as const, channel });

/** The interviews, in the order they are run. */
export const ASK_INTERVIEWS: AskInterview[] = [
  {
    attributes: starter('chat'),
    answers: ['I contacted support because the CSV export kept failing on large files.', 'They closed my ticket while the export was still broken. I had to chase them again a week later.', 'Someone who checks the fix actually works before calling it done.'],
    truth: ['after_close'],
  },
  {
    attributes: starter('email'),
    answers: ['It was about a double charge on our invoice in March.', 'The case was marked as solved, but nothing had changed on my end. Every new person asked me to explain it from scratch.', 'One person owning it from start to finish.'],
    truth: ['after_close', 'repeat'],
  },
  {
    attributes: starter('phone'),
    answers: ['My colleagues could not log in after the password reset.', "I got an email saying it was resolved, and it simply wasn't. Two days later the same error was back.", 'Honestly I just wanted an apology.'],
    truth: ['after_close'],
  },
  {
    attributes: starter('chat'),
    answers: ['Our calendar sync stopped working overnight.', 'The agent was lovely and patient with me. But once they shut the case nobody followed up, and I was back at square one.', 'A quick check-in a few days later would have made all the difference.'],
    truth: ['after_close', 'friendly_agent'],
  },
  {
    attributes: starter('email'),
    answers: ['I reported that our reports were showing the wrong totals.', 'It took four days to hear anything back. Then they told me it was fixed, but it broke again the next morning.', 'Faster first replies, mainly.'],
    truth: ['after_close', 'slow_reply'],
  },
  {
    attributes: starter('chat'),
    answers: ['The export button did nothing when I clicked it.', 'After they closed it I was left on my own with the same problem. My dog kept barking through the whole chat, which did not help my mood.', "Not really, that's about it."],
    truth: ['after_close', 'decoy'],
  },
  {
    attributes: starter('phone'),
    answers: ['We were billed twice for the same seats.', 'I felt abandoned once the ticket was closed. I ended up telling the same story to three different people.', "Keep notes so I don't have to repeat myself."],
    truth: ['after_close', 'repeat'],
  },
  {
    attributes: starter('email'),
    answers: ['Login kept failing for half of my team.', 'It was closed without anyone checking that the fix worked. I had to write in a second time and wait all over again.', 'Ask me before closing anything.'],
    truth: ['after_close'],
  },
  {
    attributes: enterprise('chat'),
    answers: ['I had a question about changing the billing email.', 'She sorted it in ten minutes and it has worked ever since.', 'Nothing, it was a great experience.'],
    truth: ['fixed_properly', 'friendly_agent'],
  },
  {
    attributes: starter('phone'),
    answers: ['The sync with our CRM dropped records.', 'Nobody replied for almost a week. It was raining all week so I was stuck inside refreshing my inbox anyway.', 'A realistic estimate of when someone will look at it.'],
    truth: ['slow_reply', 'decoy'],
  },
  {
    attributes: starter('email'),
    answers: ['Reports were timing out for our biggest client.', 'I was transferred between departments and explained the issue again every time.', 'One contact person would help a lot.'],
    truth: ['repeat'],
  },
  {
    attributes: starter('chat'),
    answers: ['I run a small bakery with four staff and we are closed on Mondays, so that is when I do the admin.', 'The agent found the root cause quickly and fixed it properly.', 'idk, it was fine.'],
    truth: ['fixed_properly', 'decoy'],
  },
  {
    attributes: starter('email'),
    answers: ['Our single sign-on broke after an update.', 'They marked it resolved while half of the company still could not get in. I had to chase them again to reopen it.', 'Proper testing before they close a case.'],
    truth: ['after_close'],
  },
  {
    attributes: enterprise('phone'),
    answers: ['A scheduled export stopped arriving in our data warehouse.', 'The first reply took three days. The case got closed and nothing had actually changed, so we escalated through our account manager.', 'Honest timelines.'],
    truth: ['after_close', 'slow_reply'],
  },
  {
    attributes: enterprise('chat'),
    answers: ['We needed help setting up permissions for a new department.', 'The specialist was friendly, knowledgeable and fixed everything on the first call.', 'Keep doing what you are doing.'],
    truth: ['friendly_agent', 'fixed_properly'],
  },
  {
    attributes: enterprise('email'),
    answers: ['There was a sync conflict between two of our workspaces.', 'They found the cause within a day and it has not come back since.', 'More proactive status updates during outages.'],
    truth: ['fixed_properly'],
  },
  {
    attributes: enterprise('phone'),
    answers: ['Invoices were going out with the wrong tax rate.', 'I had to repeat the details to every new agent who picked it up. I mostly work from my laptop at the kitchen table, so juggling calls and notes was painful.', 'Share case history between agents.'],
    truth: ['repeat', 'decoy'],
  },
  {
    attributes: enterprise('chat'),
    answers: ['We had trouble with our reporting dashboard after the migration.', 'The support engineer was patient and walked us through it step by step. Everything worked by the end of the afternoon.', 'Nothing to add.'],
    truth: ['friendly_agent', 'fixed_properly'],
  },
  {
    attributes: enterprise('email'),
    answers: ['Our API integration returned errors for hours.', 'We waited two full days for a first response during an outage.', 'Real-time status updates we can trust.'],
    truth: ['slow_reply'],
  },
  {
    attributes: enterprise('phone'),
    answers: ['A user was locked out of the admin console.', 'The person who answered was kind and clearly knew the product.', 'It was a good call overall.'],
    truth: ['friendly_agent'],
  },
  {
    attributes: enterprise('chat'),
    answers: ['We saw duplicate contacts after a sync.', 'I was passed around three teams and each one asked the same questions.', 'Fewer hand-offs.'],
    truth: ['repeat'],
  },
  {
    attributes: enterprise('email'),
    answers: ['Our annual subscription renewal was invoiced twice.', 'They refunded it the same day and explained what went wrong.', 'It was snowing here that week, so I remember it well.'],
    truth: ['fixed_properly', 'decoy'],
  },
  {
    attributes: enterprise('phone'),
    answers: ['Exports to Excel were missing columns.', 'It took over a week before anyone even looked at it.', 'Set expectations early.'],
    truth: ['slow_reply'],
  },
  {
    attributes: enterprise('chat'),
    answers: ['I asked about adding more seats to our plan.', 'The rep was polite and answered within minutes.', "I'm happy with it."],
    truth: ['friendly_agent'],
  },
];

/** Sentences no question about support should be answered from: they share words or meaning with answers, nothing else. */
export const DECOY_SENTENCES = [
  'I run a small bakery with four staff and we are closed on Mondays, so that is when I do the admin.',
  'My dog kept barking through the whole chat, which did not help my mood.',
  'It was raining all week so I was stuck inside refreshing my inbox anyway.',
  'It was snowing here that week, so I remember it well.',
  'I mostly work from my laptop at the kitchen table, so juggling calls and notes was painful.',
  'We were billed twice for the same seats.',
  'A scheduled export stopped arriving in our data warehouse.',
  'Our annual subscription renewal was invoiced twice.',
];
