/** The review bundle's plain data: limits, the signed header, the roster statement, the content. */
export * from './bundle-fields';
export * from './bundle-header';
export * from './bundle-limits';
export * from './review-content';
export * from './roster-statement';
export * from './review-check';
