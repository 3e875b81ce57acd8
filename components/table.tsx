import type { ReactNode } from "react";

export type Column<Row> = {
  /** The column's heading. */
  header: ReactNode;
  /** The column's cell for one row. */
  cell: (row: Row) => ReactNode;
  /** The cells name their row (`<th scope="row">`): screen readers say them with every other cell. */
  rowHeader?: boolean;
  /** Classes for the column's cells, such as "font-mono text-xs break-all" or "whitespace-nowrap". */
  className?: string;
};

/** A radio at the start of each row: choose a row, then an action of the panel (the current console's tables). */
export type RowSelection<Row> = {
  /** The radios' group name, unique on the page. */
  name: string;
  /** The radio column's heading, for screen readers only. */
  header: string;
  /** The key of the chosen row, if any. */
  selected: string | null;
  onSelect: (key: string) => void;
  /** Each radio's accessible name, such as the row's identifier. */
  label: (row: Row) => string;
};

/**
 * The console's table: caption, header row, one row per item, and a row saying there is none. It scrolls
 * sideways inside its own box when its columns are wider than the screen, so the page never does.
 * `framed` draws it as a panel of its own (a page's table); unframed, it sits inside a panel or section.
 * No state here: server pages pass cell functions; a client component passes `selection`'s handlers.
 */
export function Table<Row>({
  caption,
  columns,
  rows,
  rowKey,
  empty,
  selection,
  framed = true,
  captionVisible = false,
}: {
  caption: string;
  columns: Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** What the table says when `rows` is empty. */
  empty: ReactNode;
  selection?: RowSelection<Row>;
  framed?: boolean;
  /** Show the caption above the table (it names the table for screen readers either way). */
  captionVisible?: boolean;
}) {
  const cellPadding = "px-3 py-2";
  const width = columns.length + (selection ? 1 : 0);
  return (
    <div className={`max-w-full overflow-x-auto ${framed ? "panel" : "mb-3 border-b border-line"}`}>
      <table className="w-full text-left">
        <caption className={captionVisible ? "px-3 py-2 text-left font-bold" : "sr-only"}>{caption}</caption>
        <thead className={`border-b border-line ${framed ? "bg-[#fafafa]" : ""}`}>
          <tr>
            {selection && (
              <th scope="col" className={`${cellPadding} w-8`}>
                <span className="sr-only">{selection.header}</span>
              </th>
            )}
            {columns.map((column, index) => (
              <th key={index} scope="col" className={`${cellPadding} whitespace-nowrap`}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {rows.length === 0 && (
            <tr>
              <td colSpan={width} className="px-3 py-6 text-center text-muted">
                {empty}
              </td>
            </tr>
          )}
          {rows.map((row) => {
            const key = rowKey(row);
            return (
              <tr key={key}>
                {selection && (
                  <td className={cellPadding}>
                    <input
                      type="radio"
                      name={selection.name}
                      value={key}
                      checked={selection.selected === key}
                      onChange={() => selection.onSelect(key)}
                      aria-label={selection.label(row)}
                    />
                  </td>
                )}
                {columns.map((column, index) =>
                  column.rowHeader ? (
                    <th key={index} scope="row" className={`${cellPadding} font-normal ${column.className ?? ""}`}>
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={index} className={`${cellPadding} ${column.className ?? ""}`}>
                      {column.cell(row)}
                    </td>
                  ),
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
