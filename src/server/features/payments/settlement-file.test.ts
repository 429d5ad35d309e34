import { describe, expect, it } from 'vitest';
import { MAX_RETURN_LINES, MAX_SETTLEMENT_LINES } from '../../../contracts/payments.js';
import { amountToCents, parseReturnsFile, parseSettlementFile } from './settlement-file.js';

describe("reading the bank's acknowledgement file", () => {
  it('reads dollars into cents without floating point', () => {
    expect([amountToCents('1234.56'), amountToCents('0.1'), amountToCents('7'), amountToCents('19.99')]).toEqual([123456, 10, 700, 1999]);
    expect([amountToCents('1,234.56'), amountToCents('-5.00'), amountToCents('1.234'), amountToCents(''), amountToCents('$5')]).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('accepts a byte-order mark, Windows line ends, quoted fields, a header in capitals and blank lines', () => {
    const parsed = parseSettlementFile('\uFEFF"PAYMENT_NUMBER","Paid_On","Amount"\r\n"P2026-00000012","2026-11-20","1234.56"\r\n\r\nP2026-00000013,2026-11-21,5\r\n');
    expect(parsed).toEqual({
      ok: true,
      problems: [],
      lines: [
        { line: 2, paymentNumber: 'P2026-00000012', paidOn: '2026-11-20', amountCents: 123456 },
        { line: 4, paymentNumber: 'P2026-00000013', paidOn: '2026-11-21', amountCents: 500 },
      ],
    });
  });

  it('names each malformed or repeated line by its number in the file', () => {
    const parsed = parseSettlementFile(['payment_number,paid_on,amount', 'P2026-00000012,2026-02-30,1.00', 'P2026-00000013,2026-11-20,1.00', 'P2026-00000013,2026-11-20,1.00', '12,2026-11-20,1.00', 'P2026-00000014,2026-11-20,1.00,extra'].join('\n'));
    expect(parsed.ok && parsed.problems.map((p) => [p.line, p.code])).toEqual([
      [2, 'settlementLineShape'],
      [4, 'settlementDuplicate'],
      [5, 'settlementLineShape'],
      [6, 'settlementLineShape'],
    ]);
  });

  it('refuses a file without the header, without payments, or with too many', () => {
    expect(parseSettlementFile('P2026-00000012,2026-11-20,1.00')).toEqual({ ok: false, code: 'settlementHeader' });
    expect(parseSettlementFile('payment_number,paid_on,amount\n\n')).toEqual({ ok: false, code: 'settlementEmpty' });
    const many = Array.from({ length: MAX_SETTLEMENT_LINES + 1 }, (_, i) => `P2026-${String(i).padStart(8, '0')},2026-11-20,1.00`);
    expect(parseSettlementFile(['payment_number,paid_on,amount', ...many].join('\n'))).toEqual({ ok: false, code: 'settlementTooLong' });
  });
});

describe("reading the bank's returns file", () => {
  it('reads each returned deposit with its day, amount and NACHA reason (any case), quoted or not', () => {
    const parsed = parseReturnsFile('\uFEFFPayment_Number,Returned_On,Amount,Reason\r\n"P2026-00000012","2026-11-21","1234.56","r02"\r\n\r\nP2026-00000013,2026-11-22,5,R16\r\n');
    expect(parsed).toEqual({
      ok: true,
      problems: [],
      lines: [
        { line: 2, paymentNumber: 'P2026-00000012', returnedOn: '2026-11-21', amountCents: 123456, reason: 'R02' },
        { line: 4, paymentNumber: 'P2026-00000013', returnedOn: '2026-11-22', amountCents: 500, reason: 'R16' },
      ],
    });
  });

  it('names a reason no deposit comes back with, a malformed line and a repeated payment by their line numbers', () => {
    const parsed = parseReturnsFile(
      ['payment_number,returned_on,amount,reason', 'P2026-00000012,2026-11-21,1.00,R01', 'P2026-00000013,2026-11-21,1.00,R03', 'P2026-00000013,2026-11-21,1.00,R03', 'P2026-00000014,2026-11-21,1.00', 'P2026-00000015,2026-13-01,1.00,R02', 'P2026-00000016,2026-11-21,1.00,closed'].join('\n'),
    );
    expect(parsed.ok && parsed.problems.map((p) => [p.line, p.code, p.params.reason])).toEqual([
      [2, 'returnsUnknownReason', 'R01'],
      [4, 'settlementDuplicate', undefined],
      [5, 'returnsLineShape', undefined],
      [6, 'returnsLineShape', undefined],
      [7, 'returnsLineShape', undefined],
    ]);
  });

  it('refuses the acknowledgement header, an empty file and too many lines', () => {
    expect(parseReturnsFile('payment_number,paid_on,amount\nP2026-00000012,2026-11-20,1.00')).toEqual({ ok: false, code: 'returnsHeader' });
    expect(parseReturnsFile('payment_number,returned_on,amount,reason\n')).toEqual({ ok: false, code: 'returnsEmpty' });
    const many = Array.from({ length: MAX_RETURN_LINES + 1 }, (_, i) => `P2026-${String(i).padStart(8, '0')},2026-11-20,1.00,R02`);
    expect(parseReturnsFile(['payment_number,returned_on,amount,reason', ...many].join('\n'))).toEqual({ ok: false, code: 'settlementTooLong' });
  });
});
