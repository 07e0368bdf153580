import { z } from 'zod';
import { list, optionalText, periods, staffedPeriods, text } from '../cells.ts';
import { column } from '../columns.ts';

/** One bed per row; centre, ward and room cells repeat on every row of their beds. */
export const bedRow = z.object({
  centre: column(text, 'senter', 'centre', 'senter_id'),
  centreName: column(optionalText, 'senternavn', 'centreName'),
  ward: column(text, 'avdeling', 'ward', 'avdeling_id'),
  wardName: column(optionalText, 'avdelingsnavn', 'wardName'),
  wardTags: column(list, 'avdelingsmerker', 'wardTags'),
  closures: column(periods, 'stengt', 'closures'),
  room: column(text, 'rom', 'room'),
  bed: column(text, 'seng', 'bed'),
  tags: column(list, 'merker', 'sengemerker', 'tags'),
  outOfService: column(periods, 'ute_av_drift', 'outOfService'),
  capacity: column(staffedPeriods, 'bemanning', 'capacity'),
});

export type BedRow = z.output<typeof bedRow>;
