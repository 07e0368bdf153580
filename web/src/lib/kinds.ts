/** Bokmål names and colours of the kinds of stay (colours pass WCAG AA with white text). */
export const kindNames: Record<string, string> = {
  korttid: 'Korttid',
  rehab: 'Rehabilitering',
  avlastning: 'Avlastning',
  ohd: 'ØHD',
  trygghet: 'Trygghet',
  vurdering: 'Vurdering',
  rullering: 'Rullering',
  fixed: 'Fast opphold',
};

export const kindColours: Record<string, string> = {
  korttid: '#1d5fa8',
  rehab: '#1f7a3a',
  avlastning: '#7a3fa0',
  ohd: '#b3261e',
  trygghet: '#8a5a00',
  vurdering: '#00697a',
  rullering: '#5a4fcf',
  fixed: '#4a4a4a',
};

export function kindName(kind: string): string {
  return kindNames[kind] ?? kind;
}

export function kindColour(kind: string): string {
  return kindColours[kind] ?? '#444444';
}
