/** The user's own work on a case as journal records: the entry kinds, selectors and reports. */
export * from './annotation-selector';
export * from './journal-entry';
export * from './deliberation-entries';
export * from './committee-entries';
export * from './journal-record';
export * from './journal-open-report';
export * from './debounced-writer';
export * from './journal-views';
