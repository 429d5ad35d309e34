import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sixDigitCode } from '../../contracts/common';
import { recoveryCode } from '../../contracts/second-factors';
import { recoveryCodeIssue, recoveryCodeValue, sixDigitIssue, sixDigitValue } from './codes';

const typed = fc.oneof(
  fc.string({ maxLength: 16 }),
  fc.stringMatching(/^[ 0-9]{4,9}$/),
  fc.stringMatching(/^[0-9A-Za-z -]{8,16}$/),
  fc.constantFrom('123456', ' 123 456 ', '12345', '1234567', '7KQM2-X9D4P', '7kqm2 x9d4p', '7KQM2-X9D4I', 'OOOOO-OOOOO', '7KQM2X9D4P'),
);

describe('the second step checks a code as the contract does, without downloading it', () => {
  it('6-digit codes: the same verdict and the same value sent', () => {
    fc.assert(
      fc.property(typed, (value) => {
        const contract = sixDigitCode.safeParse(value);
        expect(sixDigitIssue(value) === undefined).toBe(contract.success);
        if (contract.success) expect(sixDigitValue(value)).toBe(contract.data);
      }),
    );
  });

  it('recovery codes: dashes, spaces and case ignored, the same verdict and value', () => {
    fc.assert(
      fc.property(typed, (value) => {
        const contract = recoveryCode.safeParse(value);
        expect(recoveryCodeIssue(value) === undefined).toBe(contract.success);
        if (contract.success) expect(recoveryCodeValue(value)).toBe(contract.data);
      }),
    );
    expect(recoveryCodeValue(' 7kqm2-x9d4p ')).toBe('7KQM2X9D4P');
  });
});
