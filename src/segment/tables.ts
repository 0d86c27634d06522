// Table rows under a header row: a cell's meaning is in its column's header ("Initial Response" over "1 hour"),
// which the row alone does not carry. Rows of such tables get each cell labelled with its column.
import type { Block } from '../types.js';

const MIN_COLUMNS = 3;
const MAX_HEADER_CELL = 40;

const cellsOf = (text: string): string[] => text.split('|').map((c) => c.trim());

/** A header row names columns: three or more short cells, none empty, no figures. */
function isHeaderRow(cells: readonly string[]): boolean {
  return cells.length >= MIN_COLUMNS && cells.every((c) => c !== '' && c.length <= MAX_HEADER_CELL && !/\d/.test(c));
}

/**
 * For each data row of a table that starts with a header row, the row's text with every non-empty cell
 * prefixed by its column header: "Priority 1 | 4 hours | 1 hour" -> "Priority: Priority 1 | Target Restoration:
 * 4 hours | Initial Response: 1 hour". Two-column key/value tables are left alone (the key already labels the value).
 */
export function labelTableRows(blocks: readonly Block[]): Map<Block, string> {
  const labelled = new Map<Block, string>();
  let header: string[] | null = null;
  let previousWasRow = false;
  for (const block of blocks) {
    if (block.kind !== 'table-row') {
      header = null;
      previousWasRow = false;
      continue;
    }
    const cells = cellsOf(block.text);
    if (!previousWasRow) header = isHeaderRow(cells) ? cells : null;
    else if (header && cells.length === header.length) {
      labelled.set(block, cells.map((c, i) => (c === '' || c.toLowerCase().startsWith(header![i]!.toLowerCase()) ? c : `${header![i]}: ${c}`)).join(' | '));
    }
    previousWasRow = true;
  }
  return labelled;
}
