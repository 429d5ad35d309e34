import type { NetPay, NetPayInput } from './types';

export function netPayOf(input: NetPayInput): NetPay {
  throw new Error(`netPayOf is being written (${input.payDate})`);
}
