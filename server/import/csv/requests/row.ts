import { z } from 'zod';
import { requestKinds } from '../../../../solver/formats.ts';
import { date, list, oneOf, optionalDate, optionalOneOf, text, wholeNumber } from '../cells.ts';
import { column } from '../columns.ts';

const kinds = Object.fromEntries(requestKinds.map((kind) => [kind, kind]));

/** One request of the waiting list per row; `kjønn` is needed only for a person the instance does not know. */
export const requestRow = z.object({
  id: column(text, 'id', 'forespørsel', 'request'),
  person: column(text, 'person', 'personId'),
  sex: column(optionalOneOf({ k: 'F', kvinne: 'F', f: 'F', m: 'M', mann: 'M' }), 'kjønn', 'sex'),
  kind: column(oneOf(kinds), 'type', 'kind'),
  earliestStart: column(date, 'tidligst', 'earliestStart'),
  latestStart: column(optionalDate, 'senest', 'latestStart'),
  nights: column(wholeNumber(1, 1000), 'netter', 'nights'),
  priority: column(wholeNumber(1, 5), 'prioritet', 'priority'),
  source: column(
    oneOf({ sykehus: 'hospital', hjemme: 'home', hospital: 'hospital', home: 'home' }),
    'kilde',
    'source',
  ),
  requiredTags: column(list, 'merker', 'requiredTags'),
  preferredCentres: column(list, 'ønsket_senter', 'preferredCentres'),
});

export type RequestRow = z.output<typeof requestRow>;
