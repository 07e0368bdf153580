import { ApiRequestError } from '../../api/client.ts';

/** Why a draft was not discarded, in bokmål. */
export function discardRefusal(error: unknown): string {
  if (!(error instanceof ApiRequestError))
    return 'Utkastet ble ikke forkastet: fikk ikke kontakt med serveren.';
  switch (error.code) {
    case 'not_draft':
      return 'Planen er allerede publisert og kan ikke forkastes.';
    case 'stale_revision':
      return 'Utkastet er endret siden du åpnet det. Se over endringene før du forkaster det.';
    case 'not_found':
      return 'Utkastet finnes ikke lenger.';
    default:
      return `Utkastet ble ikke forkastet (${error.message}).`;
  }
}
