/** `review:` channels: each maps its validated request to one call of the review service. */
import type { ReviewService } from '../core/review';
import type { AreaHandlers } from './handler-map';

export function reviewHandlers(review: ReviewService): AreaHandlers<'review'> {
  return {
    'review:context': () => review.context(),
    'review:signUndertaking': ({ textSha256 }) => review.signUndertaking(textSha256),
    'review:declareConflict': (request) => review.declareConflict(request),
    'review:submit': ({ roundId }) => review.submit(roundId),
    'review:reopen': ({ roundId }) => review.reopen(roundId),
    'review:exportOpinionForm': ({ roundId, applicationId }) =>
      review.exportOpinionForm(roundId, applicationId),
  };
}
