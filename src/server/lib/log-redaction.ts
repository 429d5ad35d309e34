/**
 * URLs that carry a secret in their path (the calendar feed's token): the secret never reaches the logs.
 * Keep this list next to any new route whose path is a bearer secret.
 */
const SECRET_PATHS: readonly RegExp[] = [/^(\/api\/calendar\/)[^/?]+(\.ics)/];

export function redactUrl(url: string): string {
  return SECRET_PATHS.reduce((u, pattern) => u.replace(pattern, '$1[secret]$2'), url);
}
