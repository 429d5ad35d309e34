/**
 * English words of the second step of signing in and of "Sign in with a passkey" (issue #14): public words, as the
 * person is not signed in yet. Spread into en.ts; second-factor.es.ts and the others have the same keys.
 */
export const secondFactorEn = {
  passkeySignIn: {
    or: 'Or, with no ID or password',
    button: 'Sign in with a passkey',
    busy: 'Waiting for your passkey…',
    hint: 'Use the face, fingerprint, PIN or security key you set up for this portal.',
  },
  secondFactor: {
    title: 'Finish signing in',
    intro: 'Your password is right. To keep your account safe, show it is you in one more way.',
    otherWays: 'Use a different way',
    cancel: 'Cancel',
    submit: 'Continue',
    submitting: 'Checking…',
    codeLabel: '6-digit code',
    chooseTotp: 'Use a code from your authenticator app',
    chooseSms: 'Get a code by text message',
    choosePasskey: 'Use your passkey',
    chooseRecovery: 'Use a recovery code',
    totpHeading: 'Enter the code from your authenticator app',
    totpHint: 'Open the authenticator app on your phone and type the 6 numbers it shows for the IHSS Provider Portal.',
    smsHeading: 'Get a code by text message',
    smsWeak: 'Text messages are the least safe way to sign in. Use a passkey or an authenticator app when you can.',
    sendTo: 'Send a code to {{phone}}',
    sendToPhone: 'Send a code to your phone',
    sentTo: 'We sent a code to {{phone}}.',
    smsHint: 'The code is in the text message from the IHSS Provider Portal.',
    sendAgain: 'Send a new code',
    sending: 'Sending…',
    passkeyHeading: 'Use your passkey',
    passkeyText: 'Use the face, fingerprint, PIN or security key you set up for this account.',
    passkeyButton: 'Use your passkey',
    recoveryHeading: 'Use a recovery code',
    recoveryText: 'Each recovery code works once. After you sign in, you can make new codes on the “Sign-in and security” page.',
    recoveryLabel: 'Recovery code',
    recoveryHint: '10 letters and numbers, like 7KQM2-X9D4P. Dashes and spaces are fine.',
    passkeyCancelled: 'The passkey was not used: the request was cancelled or took too long. Try again, or choose another way.',
    passkeyFailed: 'This browser could not use a passkey. Choose another way to sign in.',
  },
};
