/**
 * Words that product and support interviews use all the time but that rank below the cut in GloVe's news-and-wiki
 * frequency order ("login" is 59,101st, "onboarding" 321,986th). Without them "I couldn't log in after signup" would
 * embed as "I couldn't after". The compact vocabulary keeps these on top of the most frequent words; a word already
 * in the frequent set, or absent from the package, costs nothing. Changing this list re-derives the cache.
 */
export const PRODUCT_WORDS: readonly string[] = [
  // accounts and access
  'login', 'logins', 'log-in', 'signup', 'signups', 'sign-up', 'sign-in', 'username', 'passcode', 'otp', 'authenticator',
  'two-factor', 'multi-factor', 'sso', 'admin', 'admins', 'permissions', 'resets', 'timezone', 'timezones',
  // setting up and using the product
  'onboarding', 'walkthrough', 'walkthroughs', 'workflow', 'workflows', 'workspace', 'workspaces', 'dashboards',
  'integrations', 'plugin', 'plugins', 'add-on', 'add-ons', 'config', 'configure', 'configuring', 'customizable',
  'customise', 'customisation', 'customised', 'personalised', 'toggle', 'checkbox', 'popup', 'popups', 'sortable',
  'csv', 'syncing', 'synced', 'syncs', 'sandbox', 'screenshot', 'screenshots', 'user-friendly', 'ux', 'saas', 'kpi',
  'kpis', 'webinar', 'webinars', 'inbox', 'freemium', 'paywall', 'uptime',
  // things going wrong
  'glitchy', 'workaround', 'workarounds', 'troubleshoot', 'troubleshooting', 'debug', 'debugging', 'hotfix',
  'reinstall', 'reinstalled', 'uninstall', 'uninstalled',
  // billing
  'invoiced', 'overcharge', 'refundable', 'non-refundable', 'chargeback', 'chargebacks', 'prorated', 'renewals',
  'unsubscribe', 'unsubscribed', 'checkouts',
  // support
  'helpdesk', 'followup', 'callback', 'callbacks', 'escalations', 'voicemail', 'voicemails', 'emailed', 'emailing',
  'texted', 'faq', 'faqs', 'knowledgebase', 'patronising',
  // tools customers name
  'jira', 'salesforce', 'hubspot', 'intercom',
];
