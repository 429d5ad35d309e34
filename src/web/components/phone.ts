/** A dialable tel: link from a printed U.S. number such as "(866) 376-7066". */
export function telHref(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return `tel:${digits.length === 10 ? `+1${digits}` : digits}`;
}
