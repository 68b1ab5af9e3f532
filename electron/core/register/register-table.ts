/** One row of a spreadsheet as text, numbered as the spreadsheet shows it (from 1). */
export interface RegisterTableRow {
  readonly rowNumber: number;
  readonly cells: readonly string[];
}
