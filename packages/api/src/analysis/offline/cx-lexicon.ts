/**
 * The offline engine's vocabulary of customer-experience subjects: a small taxonomy of the things people talk about
 * in product, journey and support interviews, each with the words (lemmas, or short lemma sequences) that point to
 * it. It lets "price", "costs too much" and "the subscription fee" land in one theme without word vectors, the way
 * classic text-analytics taxonomies do. It is generic on purpose (written for SaaS interviews at large, not for any
 * one study); words it does not know still cluster by their lemmas (theme-clusters.ts).
 */

/** One subject of the taxonomy. */
export interface Concept {
  key: string;
  /** Theme label shown in insights. */
  label: string;
  /** How a persona defined by this subject is named ("The Budget Watcher"). */
  persona: string;
  /** The fix suggested when participants are unhappy about it. */
  fix: string;
  /** Lemmas or space-separated lemma sequences. A trailing "~" marks a weak cue (half weight). */
  terms: string[];
  /** Below 1 for facets (how something happened, e.g. the channel) that lose to a subject in the same sentence. */
  weight?: number;
}

/** The taxonomy, most specific subjects first (ties between two subjects go to the earlier one). */
export const CX_CONCEPTS: Concept[] = [
  {
    key: 'cost',
    label: 'Pricing and cost',
    persona: 'The Budget Watcher',
    fix: 'Review pricing and packaging: what each plan includes, and an option for smaller teams',
    terms: ['price', 'pricing', 'priced', 'cost', 'costly', 'expensive', 'pricey', 'overpriced', 'cheap', 'cheaper', 'afford', 'affordable', 'budget', 'fee', 'subscription', 'money', 'spend', 'dollar', 'euro', 'pound', 'per seat', 'per user', 'value for money', 'worth the money', 'discount', 'quote~', 'pay~', 'paying~'],
  },
  {
    key: 'billing',
    label: 'Billing and invoices',
    persona: 'The Account Administrator',
    fix: 'Make billing self-serve and error-free: clear invoices, correct charges, quick refunds',
    terms: ['invoice', 'billing', 'bill', 'billed', 'charge', 'charged', 'overcharge', 'refund', 'receipt', 'credit card', 'card', 'payment', 'vat', 'tax', 'double charge'],
  },
  {
    key: 'waiting',
    label: 'Waiting and response times',
    persona: 'The Time-Pressed Customer',
    fix: 'Cut first-response and resolution times: set expectations, staff peaks, keep customers updated',
    terms: ['wait', 'waiting', 'waited', 'on hold', 'hold~', 'queue', 'response time', 'slow response', 'slow to respond', 'slow reply', 'reply', 'respond', 'response', 'get back', 'got back', 'hear back', 'heard back', 'callback', 'delay', 'delayed', 'took forever', 'forever', 'age~', 'hour~', 'day~', 'week~', 'still waiting', 'sla', 'turnaround'],
  },
  {
    // After the case is closed: nobody checking back, customers chasing. A driver of its own in CX research, apart from response times.
    key: 'followup',
    label: 'Follow-up after contact',
    persona: 'The Left-Hanging Customer',
    fix: 'Follow up after closing a case: check that the fix worked, and keep the case until it has',
    terms: ['followed up', 'follow-up', 'follow up~', 'following up~', 'followup', 'check back', 'checked back', 'check in', 'checked in', 'check-in', 'chase', 'chasing', 'chased', 'reminder', 'nudge', 'nudged', 'reach out', 'reached out', 'come back to', 'came back to'],
  },
  {
    key: 'effort',
    label: 'Effort and repetition',
    persona: 'The Worn-Out Escalator',
    fix: 'Reduce customer effort: keep case history across hand-offs so nobody repeats themselves',
    terms: ['repeat', 'repeated', 'repeating', 'again and again', 'over and over', 'transfer', 'transferred', 'bounced', 'passed around', 'handed off', 'hand off', 'back and forth', 'several time', 'multiple time', 'many time', 'explain again', 'start over', 'from scratch', 'same question', 'effort', 'hoop', 'runaround', 'escalate', 'escalation'],
  },
  {
    key: 'support',
    label: 'Support team',
    persona: 'The Support-Reliant Customer',
    fix: 'Coach and equip support agents; keep what customers praise about them',
    terms: ['agent', 'rep', 'representative', 'support team', 'support staff', 'staff', 'advisor', 'adviser', 'specialist', 'technician', 'support person', 'customer service', 'customer support', 'helpdesk', 'help desk', 'knowledgeable', 'friendly', 'polite', 'rude', 'patient', 'empathetic', 'courteous', 'support~'],
  },
  {
    key: 'resolution',
    label: 'Getting issues resolved',
    persona: 'The Problem Solver',
    fix: 'Resolve more issues on first contact, and confirm the fix before closing the case',
    terms: ['resolve', 'resolved', 'resolution', 'solve', 'solved', 'solution', 'fix', 'fixed', 'sorted', 'sort out', 'workaround', 'root cause', 'reopen', 'reopened', 'closed the ticket', 'close the ticket', 'first contact', 'unresolved', 'outcome'],
  },
  {
    key: 'bot',
    label: 'Chatbot and automated help',
    persona: 'The Human-Seeker',
    fix: 'Let the chatbot hand over to a person early, with the conversation so far',
    terms: ['chatbot', 'bot', 'automated', 'automatic reply', 'auto reply', 'canned', 'virtual assistant', 'ai assistant', 'script', 'scripted', 'real person', 'real human', 'human'],
  },
  {
    key: 'channel',
    label: 'Support channels',
    persona: 'The Channel Hopper',
    fix: 'Offer the channel customers reach for first, and make moving between channels seamless',
    weight: 0.6,
    terms: ['live chat', 'chat', 'phone', 'call', 'called', 'calling', 'email', 'emailed', 'ticket', 'form', 'contact form', 'whatsapp', 'social media', 'twitter'],
  },
  {
    key: 'self_service',
    label: 'Help docs and self-service',
    persona: 'The Self-Sufficient Learner',
    fix: 'Fill the gaps in the help centre: search, up-to-date articles, how-to videos',
    terms: ['documentation', 'docs', 'doc', 'help centre', 'help center', 'help article', 'article', 'faq', 'knowledge base', 'guide', 'video', 'tutorial', 'community', 'forum', 'self-serve', 'self serve', 'self-service'],
  },
  {
    key: 'onboarding',
    label: 'Onboarding and setup',
    persona: 'The Newcomer',
    fix: 'Simplify the first-run setup: a guided checklist, sensible defaults, help at the hard steps',
    terms: ['onboarding', 'onboard', 'setup', 'set up', 'setting up', 'get start', 'getting started', 'first week', 'first day', 'first few day', 'install', 'installation', 'configure', 'configuration', 'sign up', 'signup', 'signing up', 'learning curve', 'learn', 'import', 'migrate', 'migration', 'walkthrough', 'initial'],
  },
  {
    key: 'usability',
    label: 'Ease of use',
    persona: 'The Pragmatic Everyday User',
    fix: 'Simplify the interface where people get lost: navigation, labels, fewer steps',
    terms: ['confusing', 'confused', 'intuitive', 'unintuitive', 'easy', 'easier', 'simple', 'complicated', 'complex', 'clunky', 'navigation', 'navigate', 'menu', 'interface', 'ui', 'ux', 'layout', 'cluttered', 'user friendly', 'user-friendly', 'hard to use', 'figure out', 'find thing', 'button', 'screen', 'click'],
  },
  {
    key: 'reliability',
    label: 'Bugs and reliability',
    persona: 'The Reliability Stickler',
    fix: 'Fix the crashes and errors people hit, and tell them when a fix ships',
    terms: ['bug', 'buggy', 'crash', 'crashed', 'crashing', 'freeze', 'froze', 'frozen', 'glitch', 'glitchy', 'error', 'broken', 'break', 'broke', 'outage', 'downtime', 'down~', 'unstable', 'unreliable', 'reliable', 'stable', 'data loss', 'lose data', 'lost my work', 'fail', 'failed', 'failure'],
  },
  {
    key: 'performance',
    label: 'Speed and performance',
    persona: 'The Speed Seeker',
    fix: 'Make the slow screens fast: loading times, large accounts, sync delays',
    terms: ['slow', 'sluggish', 'lag', 'laggy', 'load', 'loading', 'performance', 'speed', 'fast', 'quick~', 'snappy', 'responsive', 'spinner', 'timeout', 'time out'],
  },
  {
    key: 'mobile',
    label: 'Mobile app',
    persona: 'The On-the-Go User',
    fix: 'Bring the mobile app up to par with the web app for the tasks people do on the go',
    terms: ['mobile', 'phone app', 'mobile app', 'iphone', 'android', 'ios', 'tablet', 'ipad', 'on the go', 'on my phone'],
  },
  {
    key: 'integrations',
    label: 'Integrations',
    persona: 'The Connected Power User',
    fix: 'Build or improve the integrations people ask for, and document the API',
    terms: ['integration', 'integrate', 'integrated', 'connect', 'connector', 'sync', 'syncing', 'api', 'plugin', 'plug-in', 'zapier', 'salesforce', 'slack', 'hubspot', 'jira', 'google sheet', 'webhook', 'third-party', 'third party', 'our stack', 'other tool', 'crm', 'erp'],
  },
  {
    key: 'reporting',
    label: 'Reporting and analytics',
    persona: 'The Data-Driven Manager',
    fix: 'Extend reporting: the metrics and views people build by hand today',
    terms: ['report', 'reporting', 'dashboard', 'analytics', 'chart', 'graph', 'metric', 'kpi', 'insight', 'visualisation', 'visualization', 'trend', 'stats', 'statistic', 'numbers~'],
  },
  {
    key: 'export',
    label: 'Data export',
    persona: 'The Spreadsheet Wrangler',
    fix: 'Make exports complete and easy: CSV/Excel with every field, scheduled exports',
    terms: ['export', 'exporting', 'csv', 'excel', 'spreadsheet', 'download', 'pdf', 'backup'],
  },
  {
    key: 'features',
    label: 'Missing features',
    persona: 'The Feature Requester',
    fix: 'Prioritise the most requested missing capabilities on the roadmap',
    weight: 0.7,
    terms: ['feature', 'missing', 'lack', 'lacking', 'roadmap', 'feature request', 'wish list', 'would be nice', 'would love', 'wish~', 'option~', 'ability to'],
  },
  {
    key: 'customisation',
    label: 'Customisation and flexibility',
    persona: 'The Tinkerer',
    fix: 'Allow more customisation: templates, fields, workflows',
    terms: ['customise', 'customize', 'customisation', 'customization', 'custom', 'flexible', 'flexibility', 'rigid', 'tailor', 'template', 'setting', 'workflow', 'personalise', 'personalize'],
  },
  {
    key: 'collaboration',
    label: 'Team collaboration',
    persona: 'The Team Coordinator',
    fix: 'Make working together easier: sharing, permissions, inviting colleagues',
    terms: ['collaborate', 'collaboration', 'colleague', 'coworker', 'co-worker', 'share', 'sharing', 'shared', 'permission', 'invite', 'teammate', 'comment', 'mention', 'handover'],
  },
  {
    key: 'access',
    label: 'Login and account access',
    persona: 'The Locked-Out User',
    fix: 'Smooth out sign-in: password resets, SSO, two-factor recovery',
    terms: ['login', 'log in', 'logging in', 'sign in', 'signing in', 'password', 'reset', 'locked out', 'lock out', 'sso', 'single sign-on', '2fa', 'two-factor', 'authentication', 'account access'],
  },
  {
    key: 'security',
    label: 'Security and privacy',
    persona: 'The Compliance Guardian',
    fix: 'Answer security and privacy questions up front: certifications, data residency, controls',
    terms: ['security', 'secure', 'privacy', 'private', 'gdpr', 'compliance', 'compliant', 'soc', 'audit', 'encryption', 'data protection', 'legal'],
  },
  {
    key: 'notifications',
    label: 'Notifications and emails',
    persona: 'The Inbox Guardian',
    fix: 'Let people control notifications: fewer, better-timed, easy to tune',
    terms: ['notification', 'notify', 'alert', 'reminder', 'spam', 'inbox', 'newsletter', 'email notification', 'push notification'],
  },
  {
    key: 'value',
    label: 'Value and time saved',
    persona: 'The Efficiency Seeker',
    fix: 'Show customers the value they get: time saved, results, ROI',
    terms: ['value', 'roi', 'save time', 'saves time', 'saved time', 'time saving', 'saves us', 'saved us', 'productive', 'productivity', 'efficient', 'efficiency', 'worth it', 'pay for itself', 'game changer', 'game-changer'],
  },
  {
    key: 'renewal',
    label: 'Contracts, renewal and cancellation',
    persona: 'The Wary Renewer',
    fix: 'Make renewals and plan changes transparent: notice, flexible terms, easy downgrades',
    terms: ['renewal', 'renew', 'contract', 'annual', 'commitment', 'cancel', 'cancellation', 'upgrade', 'downgrade', 'trial', 'free trial', 'plan change', 'lock-in', 'notice period'],
  },
  {
    key: 'alternatives',
    label: 'Competitors and alternatives',
    persona: 'The Comparison Shopper',
    fix: 'Close the gaps that make people look at alternatives',
    terms: ['competitor', 'alternative', 'switch', 'switching', 'compare', 'comparison', 'other vendor', 'another tool', 'another provider', 'churn', 'leave', 'leaving', 'move away'],
  },
  {
    key: 'communication',
    label: 'Communication and updates',
    persona: 'The Keep-Me-Posted Customer',
    fix: 'Keep customers informed: proactive updates on cases, changes and outages',
    terms: ['update', 'inform', 'informed', 'communication', 'communicate', 'kept in the loop', 'keep me posted', 'heads up', 'announcement', 'changelog', 'nobody told', 'no one told', 'transparent', 'transparency'],
  },
];
