/**
 * English words of "Devices and sessions" (issue #14), on the "Sign-in and security" page; spread into
 * signed-in.en.ts. devices.<lang>.ts has the same keys.
 */
export const devicesEn = {
  devices: {
    heading: 'Devices and sessions',
    intro: 'Where your account is signed in now. If you do not recognise one, sign it out, then change your password.',
    placeNote: 'The place is only the kind of network: the portal does not look up where an address is.',
    thisDevice: 'This device',
    phone: 'Phone',
    tablet: 'Tablet',
    computer: 'Computer',
    unknownDevice: 'Unknown device',
    browserOn: '{{browser}} on {{os}}',
    unknownBrowser: 'Unknown browser',
    placeLabel: 'Place',
    signedInLabel: 'Signed in',
    lastUsedLabel: 'Last used',
    placeThisComputer: 'This computer',
    placePrivate: 'Private network',
    placeInternet: 'Internet',
    placeInternet4: 'Internet, IPv4 {{address}}',
    placeInternet6: 'Internet, IPv6',
    placeUnknown: 'Unknown',
    signOut: 'Sign out',
    signOutLabel: 'Sign out {{device}}',
    confirmOne: 'Sign out {{device}}? Whoever uses it will have to sign in again.',
    confirmOneYes: 'Yes, sign it out',
    signOutOthers: 'Sign out of every other session',
    confirmOthers: 'Sign out of every session except this one? Each will have to sign in again.',
    confirmOthersYes: 'Yes, sign out the others',
    cancel: 'Cancel',
    signedOutOne: '{{device}} is signed out.',
    signedOutOthers_one: '{{count}} other session is signed out.',
    signedOutOthers: '{{count}} other sessions are signed out.',
    noOthers: 'Your account is not signed in anywhere else.',
  },
};
