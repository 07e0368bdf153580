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

/** What to tell the planner when a change was refused: the broken rule in plain Norwegian. */
export function refusalMessage(error: unknown): string {
  if (!(error instanceof ApiRequestError))
    return 'Endringen ble ikke lagret: fikk ikke kontakt med serveren.';
  switch (error.code) {
    case 'rule_broken': {
      const parsed = ruleBroken.safeParse(error.details);
      if (!parsed.success) return 'Endringen bryter en regel og ble ikke lagret.';
      const text = parsed.data.message || ruleTexts[parsed.data.rule] || 'Endringen bryter en regel.';
      return `Ikke lagret: ${text}`;
    }
    case 'stale_revision':
      return 'Planen er endret av noen andre i mellomtiden. Kalenderen er lastet på nytt; prøv igjen.';
    case 'not_draft':
      return 'Planen er publisert og kan ikke endres. Lag et utkast først.';
    case 'forbidden':
      return 'Du har ikke tilgang til å gjøre denne endringen.';
    case 'unauthenticated':
      return 'Du er logget ut. Logg inn igjen.';
    case 'csrf':
      return 'Økten er utløpt. Last siden på nytt.';
    default:
      return `Endringen ble ikke lagret (${error.message}).`;
  }
}
