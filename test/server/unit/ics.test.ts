import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, renderCalendar } from '../../../server/calendar/ics.ts';

const octets = (line: string) => Buffer.byteLength(line);

describe('iCalendar text', () => {
  it('leaves a line of 75 octets whole', () => {
    const line = `SUMMARY:${'x'.repeat(67)}`;
    expect(foldLine(line)).toBe(line);
  });

  it('folds a longer line into lines of at most 75 octets, each continuation starting with a space', () => {
    const folded = foldLine(`SUMMARY:${'x'.repeat(200)}`).split('\r\n');
    expect(folded.map(octets)).toEqual([75, 75, 60]);
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
  });

  it('unfolds to the original line by removing CRLF and one space', () => {
    const line = `LOCATION:${'Skjermet enhet, Ørnebo behandlingssenter – '.repeat(5)}`;
    expect(foldLine(line).replaceAll('\r\n ', '')).toBe(line);
  });

  it('never splits a multi-byte character across lines', () => {
    const folded = foldLine(`SUMMARY:${'ø'.repeat(100)}`).split('\r\n');
    expect(folded.every((l) => octets(l) <= 75 && !l.includes('\uFFFD'))).toBe(true);
    expect(folded.map(octets)).toEqual([74, 75, 61]);
  });

  it('escapes backslashes, semicolons, commas and newlines in text', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('ends every line with CRLF and writes all-day dates', () => {
    const text = renderCalendar({
      name: 'Sengeplan – Korttid 1',
      stamp: new Date('2027-01-02T03:04:05.678Z'),
      events: [
        {
          uid: 'u1@sengeplan',
          start: '2027-01-12',
          end: '2027-01-26',
          summary: 'B1',
          location: 'W1',
          categories: ['korttid'],
        },
      ],
    });
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '').includes('\n')).toBe(false);
    expect(text.split('\r\n')).toContain('DTSTART;VALUE=DATE:20270112');
    expect(text.split('\r\n')).toContain('DTEND;VALUE=DATE:20270126');
    expect(text.split('\r\n')).toContain('DTSTAMP:20270102T030405Z');
  });
});
