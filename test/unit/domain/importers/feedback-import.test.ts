import { describe, expect, it } from 'vitest';
import { feedbackTemplateCsv } from '../../../../src/domain/importers';
import { expectParsed, ownFixture, parseBytes, textBytes } from './import-fixtures';

const HEADER = 'Date,Client,Project,Rating,Comment,Quotable';

function parseFeedback(lines: readonly string[]) {
  return expectParsed(parseBytes(textBytes(lines.join('\n')), 'feedback.csv'));
}

describe('the Repute feedback CSV', () => {
  it('reads every row of the good file: half and tenth stars, quoted commas, a comment over two lines, each source', () => {
    const parsed = expectParsed(parseBytes(ownFixture('feedback_reviews.csv'), 'feedback_reviews.csv'));
    expect(parsed.format).toBe('repute-feedback');
    expect(parsed.formatLabel).toBe('Repute feedback CSV');
    expect(parsed.problems).toEqual([]);
    expect(parsed.timeEntries).toEqual([]);
    expect(parsed.payments).toEqual([]);
    expect(parsed.feedback.map((row) => [row.line, row.date, row.clientName, row.projectName, row.ratingTenths, row.canQuote, row.source])).toEqual([
      [2, '2024-01-19', 'Acme Widgets', 'Checkout redesign', 50, true, 'upwork'],
      [3, '2024-02-02', 'Acme Widgets', 'Checkout redesign', 45, true, 'upwork'],
      [4, '2024-03-15', 'Café Olé GmbH', 'Menu app', 47, true, 'email'],
      [5, '2024-04-08', 'Nørdisk Design', 'Brand refresh', 30, false, 'direct'],
      [6, '2024-05-21', 'Nørdisk Design', 'Brand refresh', 40, false, 'other'],
      [7, '2024-06-30', 'Bright Labs', 'Data pipeline', 50, true, 'fiverr'],
    ]);
    expect(parsed.feedback[0]?.comment).toBe('Clear, fast and careful. Would hire again.');
    expect(parsed.feedback[3]?.comment).toBe('Good result, but "weekly updates" came late.');
    expect(parsed.feedback[4]?.comment).toBe('');
    expect(parsed.feedback[5]?.comment).toBe('Rebuilt our ETL in two weeks.\nHighly recommended.');
    expect(parsed.clientNames).toEqual(['Acme Widgets', 'Café Olé GmbH', 'Nørdisk Design', 'Bright Labs']);
    expect(parsed.projects).toEqual([
      { clientName: 'Acme Widgets', projectName: 'Checkout redesign' },
      { clientName: 'Café Olé GmbH', projectName: 'Menu app' },
      { clientName: 'Nørdisk Design', projectName: 'Brand refresh' },
      { clientName: 'Bright Labs', projectName: 'Data pipeline' },
    ]);
  });

  it('names each bad row by its line and field, and keeps the good row', () => {
    const parsed = expectParsed(parseBytes(ownFixture('feedback_bad_rows.csv'), 'feedback_bad_rows.csv'));
    expect(parsed.feedback.map((row) => row.comment)).toEqual(['The one good row']);
    expect(parsed.problems).toEqual([
      { line: 3, field: 'Rating', message: '0 is less than 1, the lowest rating' },
      { line: 4, field: 'Rating', message: '6 is more than 5, the highest rating' },
      { line: 5, field: 'Date', message: '"2024-02-30" is not a date that exists' },
      { line: 6, field: 'Quotable', message: '"maybe" is neither Yes nor No' },
      { line: 7, field: 'Project', message: 'The project is empty; every piece of feedback belongs to a project' },
    ]);
  });

  it('names every bad field of one row, not only the first', () => {
    const parsed = parseFeedback([HEADER, 'someday,,,7,,perhaps']);
    expect(parsed.feedback).toEqual([]);
    expect(parsed.problems.map((problem) => problem.field)).toEqual(['Date', 'Client', 'Project', 'Rating', 'Quotable']);
    expect(parsed.problems.every((problem) => problem.line === 2)).toBe(true);
  });

  it('reads ratings in tenths, with a decimal point or comma, and refuses finer ones, words and blanks', () => {
    const parsed = parseFeedback([
      HEADER,
      '2024-03-01,A,P,4.7,,',
      '2024-03-02,A,P,"3,5",,',
      '2024-03-03,A,P,1,,',
      '2024-03-04,A,P,5.0,,',
      '2024-03-05,A,P,4.75,,',
      '2024-03-06,A,P,five,,',
      '2024-03-07,A,P,,,',
      '2024-03-08,A,P,0.5,,',
      '2024-03-09,A,P,-4,,',
    ]);
    expect(parsed.feedback.map((row) => row.ratingTenths)).toEqual([47, 35, 10, 50]);
    expect(parsed.problems).toEqual([
      { line: 6, field: 'Rating', message: '"4.75" is finer than a tenth of a star; write it as 4.7 or 4.8' },
      { line: 7, field: 'Rating', message: '"five" is not a number; write the rating as a number from 1 to 5' },
      { line: 8, field: 'Rating', message: 'The rating is empty' },
      { line: 9, field: 'Rating', message: '0.5 is less than 1, the lowest rating' },
      { line: 10, field: 'Rating', message: '-4 is less than 1, the lowest rating' },
    ]);
  });

  it('reads quotable as yes, no, true, false, 1, 0 or empty, in any case', () => {
    const values = ['yes', 'No', 'TRUE', 'false', '1', '0', ''];
    const parsed = parseFeedback([HEADER, ...values.map((value, index) => `2024-03-0${index + 1},A,P,5,,${value}`)]);
    expect(parsed.problems).toEqual([]);
    expect(parsed.feedback.map((row) => row.canQuote)).toEqual([true, false, true, false, true, false, false]);
  });

  it('reads the dates the other importers read: ISO, dotted day first, slashed in the order the file shows, and month names', () => {
    const parsed = parseFeedback([HEADER, '2024-03-04,A,P,5,,', '05.03.2024,A,P,5,,', '"Mar 6, 2024",A,P,5,,', '25/03/2024,A,P,5,,', '07/03/2024,A,P,5,,']);
    expect(parsed.problems).toEqual([]);
    expect(parsed.feedback.map((row) => row.date)).toEqual(['2024-03-04', '2024-03-05', '2024-03-06', '2024-03-25', '2024-03-07']);
  });

  it('recognises a spreadsheet re-save: byte order mark, header in other case and spacing, semicolons and decimal commas', () => {
    const text = '\uFEFF DATE ; client;Project ;RATING; Comment ;QUOTABLE\r\n04.03.2024;Café Olé GmbH;Menu app;4,5;Sehr gut; Ja\r\n';
    const parsed = expectParsed(parseBytes(textBytes(text), 'feedback.csv'));
    expect(parsed.format).toBe('repute-feedback');
    expect(parsed.problems).toEqual([]);
    expect(parsed.feedback).toMatchObject([{ date: '2024-03-04', clientName: 'Café Olé GmbH', projectName: 'Menu app', ratingTenths: 45, comment: 'Sehr gut', canQuote: true }]);
  });

  it('takes the source from its own column when there is one, and refuses a source it does not know', () => {
    const parsed = parseFeedback([`${HEADER},Source`, '2024-03-01,A,P,5,,,Upwork', '2024-03-02,A,P,5,,,', '2024-03-03,A,P,5,,,LinkedIn']);
    expect(parsed.feedback.map((row) => row.source)).toEqual(['upwork', 'other']);
    expect(parsed.problems).toEqual([{ line: 4, field: 'Source', message: '"LinkedIn" is not a source Repute knows; use Upwork, Fiverr, Email, Direct or Other' }]);
    expect(parseFeedback([HEADER, '2024-03-01,A,P,5,,']).feedback[0]?.source).toBe('other');
  });

  it('gives a row the same import key however the file writes the same feedback, and repeated rows keys of their own', () => {
    const first = parseFeedback([HEADER, '2024-03-04,Acme,Site,4.5,Good,yes', '2024-03-04,Acme,Site,4.5,Good,yes']);
    const resaved = expectParsed(parseBytes(textBytes('Date;Client;Project;Rating;Comment;Quotable\n04.03.2024; Acme ;Site;4,5;Good;no\n'), 'resaved.csv'));
    const [once, twice] = first.feedback.map((row) => row.importKey);
    expect(once).toMatch(/^repute-feedback:/);
    expect(twice).not.toBe(once);
    expect(resaved.feedback[0]?.importKey).toBe(once);
    const otherRating = parseFeedback([HEADER, '2024-03-04,Acme,Site,4.6,Good,yes']);
    expect(otherRating.feedback[0]?.importKey).not.toBe(once);
  });

  it('names the columns a feedback file lacks', () => {
    const result = parseBytes(textBytes('Date,Client,Rating,Comment\n2024-03-04,Acme,5,Good\n'), 'feedback.csv');
    expect(result).toEqual({ kind: 'refused', line: 1, message: 'Not a Repute feedback CSV: the file has no "Project" column. Download the feedback template for the columns it needs.' });
  });

  it('downloads as a template that imports as one row with no problems', () => {
    const template = feedbackTemplateCsv();
    expect(template.split('\r\n')[0]).toBe('\uFEFFDate,Client,Project,Rating,Comment,Quotable,Source');
    const parsed = expectParsed(parseBytes(textBytes(template), 'Repute feedback template.csv'));
    expect(parsed.problems).toEqual([]);
    expect(parsed.feedback).toHaveLength(1);
  });
});
