import type { ReactNode } from 'react';

export interface TableColumn {
  /** What the header shows; nothing for a column of row actions. */
  readonly header?: ReactNode;
  /** The header's accessible name when it shows nothing. */
  readonly label?: string;
  readonly className?: string;
}

/**
 * The app's table: the `data-table` look, one header row from the columns, the rows as given.
 * Screens keep their own row markup; this keeps the frame of every table the same.
 */
export function DataTable(props: {
  /** The screen's own table class (`fc-table`, `panel-table`…), beside `data-table`. */
  readonly className: string;
  readonly columns: readonly TableColumn[];
  readonly children: ReactNode;
  readonly label?: string;
  readonly testId?: string;
  /** One class per `<col>`, for fixed column widths. */
  readonly colClasses?: readonly string[];
  readonly footer?: ReactNode;
  /** Wraps the table in a box that scrolls, with these classes. */
  readonly scrollClassName?: string;
}) {
  const table = (
    <table
      className={`data-table ${props.className}`}
      aria-label={props.label}
      data-testid={props.testId}
    >
      {props.colClasses && (
        <colgroup>
          {props.colClasses.map((name) => (
            <col key={name} className={name} />
          ))}
        </colgroup>
      )}
      <thead>
        <tr>
          {props.columns.map((column, index) => (
            <th key={index} scope="col" className={column.className} aria-label={column.label}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{props.children}</tbody>
      {props.footer && <tfoot>{props.footer}</tfoot>}
    </table>
  );
  return props.scrollClassName ? <div className={props.scrollClassName}>{table}</div> : table;
}
