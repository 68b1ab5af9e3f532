/** A selection year as the office uses it (评选年度). */
import { z } from 'zod';

export const YearSchema = z.number().int().min(2000).max(2100);
