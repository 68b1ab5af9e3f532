/**
 * `followup:` channels (issue 11, point 3): the office's follow-up acts on the open record, each
 * recorded with who (the office's fingerprint and the handler named) and when (main's clock).
 */
import { z } from 'zod';
import { FollowUpRequestSchema } from '../office/followup/followup-request';
import { OfficeOverviewSchema } from '../office/office-views';

export const followupChannels = {
  'followup:record': {
    request: z
      .object({
        act: FollowUpRequestSchema,
        /** 经办人: the staff member recording the act. */
        handler: z.string().trim().min(1).max(50),
      })
      .strict(),
    response: OfficeOverviewSchema,
  },
} as const;
