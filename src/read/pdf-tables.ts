// Tables in a PDF page, found from where its text items sit. pdf.js gives text items in drawing order
// with no table structure: a table drawn cell by cell (pdfkit) or line by line (Word's export) comes out
// as interleaved words. Here the items are put into visual lines (by baseline), each line into
// segments (runs of items with no clear gap), and a run of lines whose segments start on the same
// column x positions becomes a table, one row per band of lines, cells joined with " | " as the
// Markdown and Word readers do. Conservative: prose, two-column prose, signature and address blocks
// and lines with a page number on the right stay text.
import type { Block } from '../types.js';
import { tidy } from './lines.js';

/** One pdf.js text item in page coordinates: x from the left, y (the baseline) from the top, in points. */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PdfTable {
  /** Indexes (into the page's items) of the table's non-blank items. */
  items: number[];
  /** Cell texts, row by row in visual order, the header row first. */
  rows: string[][];
  /** Column start x positions, left to right. */
  columns: number[];
  /**
   * Set on a table's first lines at the foot of a page, too few to be taken as a table alone (a header
   * row whose body is on the next page): a table only if the next page starts with one on the same columns.
   */
  continuesOnNextPage?: boolean;
  /** Likewise a table's last lines at the head of a page: a table only if the previous page ends with one. */
  continuesFromPreviousPage?: boolean;
}

interface Segment {
  x0: number;
  x1: number;
  items: number[];
  text: string;
}

interface VisualLine {
  y: number;
  height: number;
  segments: Segment[];
}

/** Fewer non-blank items than this cannot make a table of three aligned lines with two cells. */
const MIN_ITEMS = 6;
/** Baselines closer than this share a visual line (times the font height, at least 1.5 pt). */
const SAME_LINE = 0.3;
/** A horizontal gap wider than this separates two segments (times the font height, at least 4 pt). */
const SEGMENT_GAP = 0.8;
/** Column starts match within this (times the font height, at least 2 pt). */
const COLUMN_TOLERANCE = 0.3;
/** A baseline step larger than this (times the font height) ends a table: a heading or paragraph below. */
const MAX_LINE_STEP = 2.5;
/** A baseline step larger than this (times the font height) is padding between rows, not a wrapped line. */
const ROW_STEP = 1.45;
/** Lines of one table have font heights within this fraction of its first line's. */
const SAME_SIZE = 0.08;
/** A table needs this many lines with two or more cells on its columns. */
const MIN_ALIGNED_LINES = 3;
/** Two-column prose: both segments of most lines hold at least this many characters. */
const PROSE_SEGMENT_CHARS = 40;
/** Labels that start each block of a side-by-side signature block or notice address ("By:", "If to"). */
const PARALLEL_LABEL = /^(by|name|title|date|its|signature|signed|address|attn|attention|email|e-mail|phone|tel|telephone|fax|facsimile|print name|printed name|if to|to|with a copy to|copy to|witness)\b/i;

/** First cells of a signature block ("By:", "Name:") or notice details ("If to Licensee:", "with a copy to"). */
const SIGNATURE_OR_NOTICE_CELL = /^(by|name|title|date|its|signature|witness)\s*:?$|^(if to|with (a )?copy|copy to|attention|attn)\b/i;
/** Enumerators that start list items: "(a)", "a.", "(iv)", "1.", "1.2", "A)", bullets; not a bare "1" (a line number). */
const LIST_MARKER = /^(\(([a-z]{1,2}|[ivxlc]{1,6}|\d{1,3})\)|([a-z]{1,2}|[ivxlc]{1,6}|\d{1,3})[.)]|\d{1,3}(\.\d{1,3})+\.?)$/i;
/** A bullet: one mark that is not a letter or digit, or a symbol-font bullet that reads as "o", "§", "Ø". */
const BULLET = /^(?:[^\p{L}\p{N}\s]|[oOvqüØ§])$/u;

const isBlank = (s: string) => s.trim() === '';

/** Items grouped into visual lines, top to bottom, each line's items left to right. Blank items are ignored. */
function visualLines(items: readonly PdfTextItem[]): VisualLine[] {
  const order: number[] = [];
  for (let i = 0; i < items.length; i++) if (!isBlank(items[i].str) && items[i].height > 0) order.push(i);
  order.sort((a, b) => items[a].y - items[b].y || items[a].x - items[b].x);
  const lines: VisualLine[] = [];
  let members: number[] = [];
  const close = () => {
    if (!members.length) return;
    members.sort((a, b) => items[a].x - items[b].x);
    const heights = members.map((i) => items[i].height).sort((a, b) => a - b);
    const height = heights[Math.floor(heights.length / 2)];
    const segments: Segment[] = [];
    const gap = Math.max(4, SEGMENT_GAP * height);
    for (const i of members) {
      const it = items[i];
      const last = segments[segments.length - 1];
      if (last && it.x - last.x1 <= gap) {
        last.items.push(i);
        last.text = `${last.text} ${it.str}`;
        last.x1 = Math.max(last.x1, it.x + it.width);
      } else {
        segments.push({ x0: it.x, x1: it.x + it.width, items: [i], text: it.str });
      }
    }
    for (const s of segments) s.text = tidy(s.text);
    lines.push({ y: items[members[0]].y, height, segments });
    members = [];
  };
  for (const i of order) {
    const first = members.length ? items[members[0]] : null;
    if (first && Math.abs(items[i].y - first.y) > Math.max(1.5, SAME_LINE * first.height)) close();
    members.push(i);
  }
  close();
  return lines;
}

/** The column a segment starts in: the last column start at or left of its x0 (within tolerance), or -1. */
function columnOf(starts: readonly number[], x: number, tolerance: number): number {
  let at = -1;
  for (let c = 0; c < starts.length; c++) if (starts[c] - tolerance <= x) at = c;
  return at;
}

/** Does every segment start on a column start and stay left of the next column's start? */
function fitsColumns(line: VisualLine, starts: readonly number[], tolerance: number): boolean {
  for (const s of line.segments) {
    const c = columnOf(starts, s.x0, tolerance);
    if (c < 0 || Math.abs(starts[c] - s.x0) > tolerance) return false;
    if (c + 1 < starts.length && s.x1 > starts[c + 1] - tolerance) return false;
  }
  return true;
}

/** How many of a line's segments start on a column start. */
function alignedCount(line: VisualLine, starts: readonly number[], tolerance: number): number {
  let n = 0;
  for (const s of line.segments) if (starts.some((x) => Math.abs(x - s.x0) <= tolerance)) n += 1;
  return n;
}

interface Region {
  starts: number[];
  lines: VisualLine[];
  tolerance: number;
  height: number;
  /** The largest baseline step so far between rows set apart by padding (0 when none are). */
  maxRowStep: number;
}

/** Runs of consecutive visual lines that sit on shared column starts. Each line is looked at once. */
function candidateRegions(lines: readonly VisualLine[]): Region[] {
  const regions: Region[] = [];
  let open: Region | null = null;
  for (const line of lines) {
    if (open) {
      const last = open.lines[open.lines.length - 1];
      const step = line.y - last.y;
      const sameSize = Math.abs(line.height - open.height) <= SAME_SIZE * open.height;
      // A step well beyond every step so far (past row padding) is the gap before a heading or paragraph.
      const widerGap = open.maxRowStep > 0 && step > 1.3 * open.maxRowStep;
      let fits = sameSize && !widerGap && step <= MAX_LINE_STEP * open.height;
      if (fits && line.segments.length >= 2 && alignedCount(line, open.starts, open.tolerance) >= 2) {
        // A row may fill a column the first line left empty: its start joins the columns.
        for (const s of line.segments) {
          if (!open.starts.some((x) => Math.abs(x - s.x0) <= open!.tolerance)) open.starts.push(s.x0);
        }
        open.starts.sort((a, b) => a - b);
      }
      fits = fits && fitsColumns(line, open.starts, open.tolerance);
      if (fits) {
        if (step > ROW_STEP * open.height) open.maxRowStep = Math.max(open.maxRowStep, step);
        open.lines.push(line);
        continue;
      }
      regions.push(open);
      open = null;
    }
    if (line.segments.length >= 2) {
      open = {
        starts: line.segments.map((s) => s.x0),
        lines: [line],
        tolerance: Math.max(2, COLUMN_TOLERANCE * line.height),
        height: line.height,
        maxRowStep: 0,
      };
    }
  }
  if (open) regions.push(open);
  return regions;
}

/** Split a region's lines into rows: by padding between rows when the table has any, else by a filled first column. */
function rowsOf(region: Region): VisualLine[][] {
  const { lines, starts, tolerance, height } = region;
  let padded = false;
  for (let i = 1; i < lines.length; i++) if (lines[i].y - lines[i - 1].y > ROW_STEP * height) padded = true;
  const rows: VisualLine[][] = [];
  lines.forEach((line, i) => {
    const newRow =
      i === 0 ||
      (padded
        ? line.y - lines[i - 1].y > ROW_STEP * height
        : line.segments.some((s) => columnOf(starts, s.x0, tolerance) === 0));
    if (newRow) rows.push([line]);
    else rows[rows.length - 1].push(line);
  });
  return rows;
}

function cellsOf(row: readonly VisualLine[], region: Region): string[] {
  const cells = region.starts.map(() => '');
  for (const line of row) {
    for (const s of line.segments) {
      const c = columnOf(region.starts, s.x0, region.tolerance);
      // Narrow cells wrap at hyphens ("per person-" / "month"): the hyphen is the word's own.
      cells[c] = cells[c] === '' ? s.text : cells[c].endsWith('-') ? cells[c] + s.text : `${cells[c]} ${s.text}`;
    }
  }
  return cells;
}

/** Why a run of aligned lines is not a table, or null when it is one. */
function notATable(region: Region, rows: readonly string[][]): string | null {
  const multi = region.lines.filter((l) => l.segments.length >= 2 && alignedCount(l, region.starts, region.tolerance) >= 2);
  if (multi.length < MIN_ALIGNED_LINES) return 'too few aligned lines';
  if (rows.length < 2) return 'one row';
  const columns = region.starts.length;
  // Two columns of running text: both segments of most lines are long.
  const proseLines = multi.filter((l) => l.segments.every((s) => s.text.length >= PROSE_SEGMENT_CHARS)).length;
  if (columns === 2 && proseLines * 2 > multi.length) return 'two-column prose';
  // Side-by-side signature blocks or notice addresses: cells of a row start with the same label.
  const parallel = rows.filter((cells) => {
    const labels = cells.map((c) => PARALLEL_LABEL.exec(c)?.[1].toLowerCase()).filter((l) => l !== undefined);
    return labels.length >= 2 && new Set(labels).size < labels.length;
  }).length;
  if (parallel > 0) return 'signature or address block';
  if (rows.some((cells) => SIGNATURE_OR_NOTICE_CELL.test(cells[0]))) return 'signature or notice block';
  // A hanging-indent list: markers ("(a)", "ii.", "1.", "•") in the first column, the items beside them.
  // Spaces are dropped first: some PDFs space out clause numbers ("4 . 03").
  const markers = rows.filter((cells) => {
    const first = cells[0].replace(/\s+/g, '');
    return LIST_MARKER.test(first) || BULLET.test(first);
  }).length;
  if (markers * 2 >= rows.length) return 'hanging-indent list';
  // A list of exhibits or definitions set out with a dash: "Exhibit A | – | Form of Order".
  for (let c = 0; c < columns; c++) {
    const filled = rows.map((cells) => cells[c]).filter((t) => t !== '');
    if (filled.length && filled.every((t) => /^[-–—:=.]+$/.test(t))) return 'separator column';
  }
  // Right-hand page numbers (a table of contents): the last column holds only numbers.
  const lastColumn = rows.map((cells) => cells[columns - 1]).filter((c) => c !== '');
  if (lastColumn.every((c) => /^([-–—]\s*)?\d{1,4}(\s*[-–—])?$|^[ivxlc]{1,6}$/i.test(c)) && columns === 2) return 'page numbers';
  return null;
}

/**
 * The tables on one page, from its text items (in pdf.js order). Sorting the items by baseline is the
 * only super-linear step; every later pass looks at each line once.
 */
export function findTables(items: readonly PdfTextItem[]): PdfTable[] {
  let nonBlank = 0;
  for (const it of items) if (!isBlank(it.str)) nonBlank += 1;
  if (nonBlank < MIN_ITEMS) return [];
  const tables: PdfTable[] = [];
  const lines = visualLines(items);
  const regions = candidateRegions(lines);
  regions.forEach((region, r) => {
    let rowLines = rowsOf(region);
    // A last row with only its first cell is more likely a short heading or note below the table.
    const last = rowLines[rowLines.length - 1];
    if (rowLines.length > 2 && last.every((l) => l.segments.every((s) => columnOf(region.starts, s.x0, region.tolerance) === 0))) {
      rowLines = rowLines.slice(0, -1);
      region = { ...region, lines: region.lines.slice(0, region.lines.length - last.length) };
    }
    const rows = rowLines.map((row) => cellsOf(row, region));
    const why = notATable(region, rows);
    const table = {
      items: region.lines.flatMap((l) => l.segments.flatMap((s) => s.items)),
      rows: rows.filter((cells) => cells.some((c) => c !== '')),
      columns: region.starts,
    };
    if (!why) tables.push(table);
    else if (why === 'too few aligned lines' || why === 'one row') {
      if (r === regions.length - 1 && atPageFoot(region, lines)) tables.push({ ...table, continuesOnNextPage: true });
      else if (r === 0 && atPageHead(region, lines)) tables.push({ ...table, continuesFromPreviousPage: true });
    }
  });
  return tables;
}

/** Lines below the region, if any, are at most a short footer (a page number, a running footer). */
function atPageFoot(region: Region, lines: readonly VisualLine[]): boolean {
  const last = region.lines[region.lines.length - 1];
  const below = lines.filter((l) => l.y > last.y);
  return below.length <= 2 && below.every((l) => l.segments.reduce((n, s) => n + s.text.length, 0) <= 40);
}

/** Lines above the region, if any, are at most a short running header. */
function atPageHead(region: Region, lines: readonly VisualLine[]): boolean {
  const first = region.lines[0];
  const above = lines.filter((l) => l.y < first.y);
  return above.length <= 2 && above.every((l) => l.segments.reduce((n, s) => n + s.text.length, 0) <= 40);
}

/** Do two tables (the foot of one page, the top of the next) sit on the same columns? */
export function sameColumns(a: PdfTable, b: PdfTable): boolean {
  return a.columns.length === b.columns.length && a.columns.every((x, i) => Math.abs(x - b.columns[i]) <= 2);
}

/** A table's rows as blocks, one per row, cells joined with " | " like the Markdown and Word readers. */
export function tableRowBlocks(table: PdfTable, page: number): Block[] {
  return table.rows.map((cells) => ({
    text: cells.join(' | ').trim(),
    location: { page, paragraph: null, line: null },
    kind: 'table-row' as const,
  }));
}

/** The table rows on one page as blocks, table by table, top to bottom. */
export function pageTableBlocks(items: readonly PdfTextItem[], page: number): Block[] {
  return findTables(items).flatMap((t) => tableRowBlocks(t, page));
}
