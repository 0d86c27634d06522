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
  const tier = purchasedTier(blocks);
  let header: string[] | null = null;
  let kept: boolean[] = [];
  let previousWasRow = false;
  for (const block of blocks) {
    if (block.kind !== 'table-row') {
      header = null;
      previousWasRow = false;
      continue;
    }
    const cells = cellsOf(block.text);
    if (!previousWasRow) {
      header = isHeaderRow(cells) ? cells : null;
      kept = header ? keptColumns(header, tier) : [];
    } else if (header && cells.length === header.length) {
      labelled.set(block, cells.flatMap((c, i) => {
        if (!kept[i]) return [];
        return [c === '' || c.toLowerCase().startsWith(header![i]!.toLowerCase()) ? c : `${header![i]}: ${c}`];
      }).join(' | '));
    }
    previousWasRow = true;
  }
  return labelled;
}

/** "Support tier purchased | Premier", "Service Level: Gold": the tier the customer bought, lowercased. */
const TIER_LABEL = /^(?:[\w-]+ ){0,2}(?:tier|plan|level|package|edition|service level|support level)(?: (?:purchased|selected|ordered|chosen|subscribed|bought))?\s*(?:\||:)\s*([A-Za-z][\w+-]*(?: [A-Za-z][\w+-]*)?)\s*$/i;

function purchasedTier(blocks: readonly Block[]): string | null {
  for (const block of blocks) {
    const m = TIER_LABEL.exec(block.text.trim());
    if (m) return m[1]!.toLowerCase();
  }
  return null;
}

/** Columns that describe a row rather than give one tier's value. */
const DESCRIPTOR_HEADER = /\b(?:definition|description|descriptions|example|examples|meaning|criteria|impact|scope|notes?)\b/i;

/**
 * In a table with one column per tier ("Feature | Standard | Premier") and a purchased tier named elsewhere, the
 * other tiers' columns are not this customer's terms: keep the first column, descriptive columns and the tier's.
 */
function keptColumns(header: readonly string[], tier: string | null): boolean[] {
  const all = header.map(() => true);
  if (tier === null) return all;
  const at = header.findIndex((h) => h.toLowerCase() === tier);
  if (at <= 0) return all;
  return header.map((h, i) => i === 0 || i === at || DESCRIPTOR_HEADER.test(h));
}
