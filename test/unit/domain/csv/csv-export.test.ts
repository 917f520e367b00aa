import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../../src/domain/csv/csv-export';

const BOM = '\uFEFF';

describe('toCsv', () => {
  it('starts with a byte order mark and ends every line with CRLF', () => {
    expect(toCsv(['Name', 'Hours'], [['Site audit', 1.5]])).toBe(`${BOM}Name,Hours\r\nSite audit,1.5\r\n`);
  });

  it('writes a header alone when there are no rows', () => {
    expect(toCsv(['Date', 'Client'], [])).toBe(`${BOM}Date,Client\r\n`);
  });

  it('quotes commas, quotes and line breaks so a spreadsheet reads them back whole', () => {
    const csv = toCsv(['Text'], [['one, two'], ['say "hi"'], ['line\nbreak']]);
    expect(csv).toBe(`${BOM}Text\r\n"one, two"\r\n"say ""hi"""\r\n"line\nbreak"\r\n`);
    expect(Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data.slice(1, 4)).toEqual([['one, two'], ['say "hi"'], ['line\nbreak']]);
  });

  it.each([
    ['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ['+1+2', `"'+1+2"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1:A2)', `"'@SUM(A1:A2)"`],
    ['\t=1+1', `"'\t=1+1"`],
    ['\r=1+1', `"'\r=1+1"`],
    ['=1+1\nsecond line', `"'=1+1\nsecond line"`],
  ])('neutralises the formula %j', (cell, written) => {
    expect(toCsv(['Description'], [[cell]])).toBe(`${BOM}Description\r\n${written}\r\n`);
  });

  it.each(['-500.00', '-12', '+3.5'])('keeps the plain signed number %j as it is', (cell) => {
    expect(toCsv(['Amount'], [[cell]])).toBe(`${BOM}Amount\r\n${cell}\r\n`);
  });

  it.each(['-1-1', '-1.5e3', '- 12', '-12,5'])('still neutralises %j, which is not a plain number', (cell) => {
    expect(toCsv(['Amount'], [[cell]])).toContain(`'${cell}`);
  });

  it('leaves numbers, booleans and harmless text alone, and writes null as empty', () => {
    expect(toCsv(['a', 'b', 'c', 'd', 'e'], [[-12.5, true, 'a=b', 'x-1', null]])).toBe(`${BOM}a,b,c,d,e\r\n-12.5,true,a=b,x-1,\r\n`);
  });
});
