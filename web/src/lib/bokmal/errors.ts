import { ApiRequestError } from '../../api/client.ts';
import { ruleBroken } from '../../../../api/overrides.ts';

/** Plain bokmål for each hard rule, when the server sends no message of its own. */
export const ruleTexts: Record<string, string> = {
  bedConflict: 'Sengen er opptatt noen av disse nettene.',
  turnover: 'Sengen trenger romvask før neste bruker kan komme.',
  tags: 'Sengen passer ikke: avdelingen eller sengen mangler det oppholdet krever.',
  closure: 'Avdelingen er stengt eller sengen er ute av drift noen av disse nettene.',
  capacity: 'Avdelingen er ikke bemannet for flere senger noen av disse nettene.',
  roomSex: 'Rommet deles med en av et annet kjønn som ikke er partner.',
  window: 'Oppholdet må starte innenfor vedtakets tidsvindu og ha riktig antall netter.',
  pattern: 'Rulleringsoppholdet må følge mønsteret i serien.',
  personOverlap: 'Personen har allerede et opphold disse nettene.',
  pin: 'Oppholdet er låst til en annen seng eller dato.',
  coverage: 'Oppholdet mangler i planen.',
  segments: 'Delene av oppholdet henger ikke sammen.',
  reference: 'Planen viser til en seng eller et opphold som ikke finnes.',
};

/** A refusal in words: a fixed sentence, or one built from the server's answer. */
type Said = string | ((error: ApiRequestError) => string);

interface Refusal {
  /** When the request never got an answer. */
  unreachable: string;
  /** By the server's error code. */
  byCode: Partial<Record<string, Said>>;
  /** Any other code. */
  otherwise: (error: ApiRequestError) => string;
}

/** The broken hard rule of a 409 rule_broken: the server's message, else the rule's own text. */
function brokenRule(error: ApiRequestError): string {
  const parsed = ruleBroken.safeParse(error.details);
  if (!parsed.success) return 'Endringen bryter en regel og ble ikke lagret.';
  const text = parsed.data.message || ruleTexts[parsed.data.rule] || 'Endringen bryter en regel.';
  return `Ikke lagret: ${text}`;
}

/** What was refused (a change, discarding a draft, saving a series) and why, by error code. */
const refusals = {
  change: {
    unreachable: 'Endringen ble ikke lagret: fikk ikke kontakt med serveren.',
    byCode: {
      rule_broken: brokenRule,
      stale_revision:
        'Planen er endret av noen andre i mellomtiden. Kalenderen er lastet på nytt; prøv igjen.',
      not_draft: 'Planen er publisert og kan ikke endres. Lag et utkast først.',
      forbidden: 'Du har ikke tilgang til å gjøre denne endringen.',
      unauthenticated: 'Du er logget ut. Logg inn igjen.',
      csrf: 'Økten er utløpt. Last siden på nytt.',
    },
    otherwise: (error) => `Endringen ble ikke lagret (${error.message}).`,
  },
  discard: {
    unreachable: 'Utkastet ble ikke forkastet: fikk ikke kontakt med serveren.',
    byCode: {
      not_draft: 'Planen er allerede publisert og kan ikke forkastes.',
      stale_revision: 'Utkastet er endret siden du åpnet det. Se over endringene før du forkaster det.',
      not_found: 'Utkastet finnes ikke lenger.',
    },
    otherwise: (error) => `Utkastet ble ikke forkastet (${error.message}).`,
  },
  series: {
    unreachable: 'Serien ble ikke lagret: fikk ikke kontakt med serveren.',
    byCode: {
      invalid_input: (error) => `Serien ble ikke lagret: et felt er ugyldig (${error.message}).`,
    },
    // The server's own message, meant for planners.
    otherwise: (error) => `Serien ble ikke lagret: ${error.message}.`,
  },
} satisfies Record<string, Refusal>;

export type Refused = keyof typeof refusals;

/** Why `what` was refused, in bokmål. */
export function refusalText(what: Refused, error: unknown): string {
  const refusal: Refusal = refusals[what];
  if (!(error instanceof ApiRequestError)) return refusal.unreachable;
  const said = (Object.hasOwn(refusal.byCode, error.code) && refusal.byCode[error.code]) || refusal.otherwise;
  return typeof said === 'string' ? said : said(error);
}

/** What to tell the planner when a change was refused: the broken rule in plain Norwegian. */
export const refusalMessage = (error: unknown): string => refusalText('change', error);

/** Why a draft was not discarded. */
export const discardRefusal = (error: unknown): string => refusalText('discard', error);

/** Why a series was not saved. */
export const seriesRefusal = (error: unknown): string => refusalText('series', error);
