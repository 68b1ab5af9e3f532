/**
 * What the search loads when it first starts, not with the screen registry: its workers' script
 * URL and pdf.js (which needs the DOM's DOMMatrix as it loads), as the readers load lazily too.
 */
export { readPdfPageTexts } from './pdf-page-texts';
export { startIndexWorker, wordExtractor } from './search-workers';
