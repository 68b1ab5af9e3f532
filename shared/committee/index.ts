/** The committee's merge across groups, its lists, the result bundle's data and the re-review act. */
export * from './committee-input';
export * from './committee-merge';
export * from './committee-list';
export * from './application-view';
export * from './result-bundle-content';
export * from './re-review';
export * from './result-coverage';
