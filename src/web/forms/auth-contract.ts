/**
 * The sign-in and account contracts (contracts/auth.ts), fetched when a form first needs them rather than with the
 * page: with zod they are about 30 KB gzipped, which the sign-in page cannot carry within its 100 KB (issue #13).
 * The sign-in form asks for them as soon as someone starts to use it (SignInForm.tsx), so they are there by the time
 * a field is left or the form is sent.
 */
let loading: Promise<typeof import('../../contracts/auth')> | null = null;

export function authContract() {
  loading ??= import('../../contracts/auth');
  // A failed download (no signal) is asked for again next time, not remembered.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
