import type { FigureComparisonView } from '../../api/whatif.ts';

/** The figures as a planner names them. */
export const figureLabels: Record<FigureComparisonView['figure'], string> = {
  usersServed: 'Brukere som fikk opphold',
  usersServedFromHome: '– fra hjemmet',
  usersServedFromHospital: '– fra sykehus',
  stays: 'Opphold (vedtak)',
  staysFromHome: '– fra hjemmet',
  staysFromHospital: '– fra sykehus',
  occupiedBedNights: 'Belagte sengedøgn',
  idleBedNights: 'Ledige sengedøgn',
  waitingAtEnd: 'På venteliste ved slutten',
  waitDays: 'Ventedager',
  hospitalWaitDays: 'Liggedøgn på sykehus (plassert)',
  hospitalUnplaced: 'Utskrivningsklare ikke plassert',
  hospitalWaitDaysUnplaced: 'Liggedøgn på sykehus (ikke plassert)',
  hospitalWaitCost: 'Kostnad liggedøgn (kr)',
  departures: 'Utreiser (romvask)',
  feeIncome: 'Egenandel (kr)',
  peopleOverNightLimit: 'Personer over 60 døgn',
};
