/** Path parameters shared by several resources. */
import { z } from 'zod';
import { id } from '../solver/formats.ts';

export const instanceParams = z.object({ id });

export const planId = z.coerce.number().int().min(1).max(2_147_483_647);

export const planParams = z.object({ planId });
