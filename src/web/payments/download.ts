import { ApiError, noAnswer } from '../api';
import { currentLanguage } from '../i18n';

/**
 * Saves a file the server makes (a pay stub, the payment history) in the language chosen in the portal, which a
 * plain link cannot ask for: the browser would send its own language.
 */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin', headers: { 'Accept-Language': currentLanguage() } });
  } catch {
    throw noAnswer();
  }
  if (!response.ok) throw new ApiError(response.status, response.status >= 500 ? 'internal' : 'badRequest', response.statusText);
  const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
