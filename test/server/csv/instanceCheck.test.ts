import { describe, expect, it } from 'vitest';
import { checkInstance } from '../../../server/import/csv/instanceCheck.ts';
import { Locations } from '../../../server/import/csv/locations.ts';
import { fixture } from '../support/fixtures.ts';
import { refusal } from './support.ts';

const tiny = fixture('tiny');

describe('checking the instance a file leads to', () => {
  it('gives back the parsed instance when it is valid', () => {
    expect(checkInstance(tiny, new Locations())).toEqual(tiny);
  });

  it('reports an issue at the line and column recorded for the longest prefix of its path', () => {
    const locations = new Locations();
    locations.set(['requests', 0], { line: 7, column: 'id' });
    locations.set(['requests', 0, 'personId'], { line: 7, column: 'person' });
    const broken = {
      ...tiny,
      requests: [{ ...tiny.requests[0], personId: 'P404' }, ...tiny.requests.slice(1)],
    };
    expect(refusal(() => checkInstance(broken, locations))).toEqual([
      { line: 7, column: 'person', message: 'unknown person P404' },
    ]);
  });

  it('reports an issue outside what the file touched by its path in the instance, without a line', () => {
    const broken = { ...tiny, fixed: [{ ...tiny.fixed[0], bedId: 'GONE' }] };
    expect(refusal(() => checkInstance(broken, new Locations()))).toEqual([
      { line: null, column: null, message: 'fixed.0.bedId: unknown bed GONE' },
    ]);
  });
});
