/**
 * Where to go after signing in, from `?next=`: only a path on this site, so a crafted link cannot send a
 * person elsewhere after they type their password.
 */
export function safeNextPath(next: string | null): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  return next;
}
