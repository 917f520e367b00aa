import { describe, expect, it } from 'vitest';
import { ParseResultAssembler, parseResultMessages, type ParseWorkerMessage } from '../../../../../src/features/data/import/parse-result-messages';
import type { ImportParseResult } from '../../../../../src/domain/importers/import-types';
import { ownFixture, parseBytes, sharedFixture } from '../../../domain/importers/import-fixtures';

function assemble(messages: readonly ParseWorkerMessage[]): ImportParseResult | undefined {
  const assembler = new ParseResultAssembler();
  let result: ImportParseResult | undefined;
  for (const message of messages) {
    expect(result).toBeUndefined();
    // Each message crosses to the page as a structured clone, as postMessage sends it.
    result = assembler.accept(structuredClone(message));
  }
  return result;
}

describe('the parsing worker’s answer in parts', () => {
  it('puts a parsed export together again exactly, rows in their order, with no part over the limit', () => {
    const parsed = parseBytes(sharedFixture('toggl_detailed.csv'), 'toggl_detailed.csv');
    if (parsed.kind !== 'parsed') throw new Error('the fixture did not parse');
    expect(parsed.timeEntries.length).toBeGreaterThan(5);
    const messages = parseResultMessages(parsed, 2);
    const rowParts = messages.filter((message) => message.kind === 'rows');
    expect(rowParts.length).toBeGreaterThanOrEqual(Math.ceil(parsed.timeEntries.length / 2));
    expect(rowParts.every((message) => message.rows.length <= 2)).toBe(true);
    expect(messages.at(-1)?.kind).toBe('result');
    expect(assemble(messages)).toEqual(parsed);
  });

  it('carries the problems and the payments in parts too', () => {
    const payments = parseBytes(sharedFixture('upwork_transactions.csv'), 'upwork_transactions.csv');
    const problems = parseBytes(sharedFixture('toggl_end_before_start.csv'), 'toggl_end_before_start.csv');
    for (const parsed of [payments, problems]) {
      if (parsed.kind !== 'parsed') throw new Error('the fixture did not parse');
      expect(parsed.payments.length + parsed.problems.length).toBeGreaterThan(0);
      expect(assemble(parseResultMessages(parsed, 1))).toEqual(parsed);
    }
  });

  it('carries the feedback of a feedback file in parts, no part over the limit', () => {
    const parsed = parseBytes(ownFixture('feedback_reviews.csv'), 'feedback_reviews.csv');
    if (parsed.kind !== 'parsed') throw new Error('the fixture did not parse');
    expect(parsed.feedback).toHaveLength(6);
    const messages = parseResultMessages(parsed, 4);
    const last = messages.at(-1);
    expect(last?.kind === 'result' && last.result.kind === 'parsed' && last.result.feedback).toEqual([]);
    expect(messages.filter((message) => message.kind === 'rows').map((message) => message.rows.length)).toEqual([4, 2]);
    expect(assemble(messages)).toEqual(parsed);
  });

  it('sends a refused or empty file as one message', () => {
    const refused = parseBytes(sharedFixture('bad_wrong_header.csv'), 'bad_wrong_header.csv');
    expect(refused.kind).not.toBe('parsed');
    expect(parseResultMessages(refused)).toEqual([{ kind: 'result', result: refused }]);
    expect(assemble(parseResultMessages(refused))).toEqual(refused);
  });
});
