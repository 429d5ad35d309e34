/**
 * English words of what a signed-in person sees about second factors (issue #14): the set-up every page waits for
 * when one is required, and the invitation to add one. Spread into signed-in.en.ts; factor-setup.es.ts and the others
 * have the same keys.
 */
export const factorSetupEn = {
  factorGate: {
    title: 'Set up a second way to sign in',
    whyStaff: 'County and state staff must use a second way to sign in, because a staff account opens the records of many people.',
    whyCounty: '{{county}} County requires a second way to sign in for every account.',
    whyNoCounty: 'Your county requires a second way to sign in for every account.',
    how: 'After your password, you will also use a passkey, a code from an authenticator app, or a code sent by text. Someone who learns your password still cannot open your account.',
    then: 'Once you add one, the portal opens as usual.',
    addHeading: 'Add one now',
  },
  factorInvite: {
    heading: 'Protect your account with a second way to sign in',
    text: 'With a passkey or an authenticator app, someone who learns your password still cannot open your account.',
    setUp: 'Set up now',
    notNow: 'Not now',
  },
};
