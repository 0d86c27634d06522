// RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks (CUAD's label columns do).

/** Parse CSV text into rows of string fields. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a UTF-8 BOM is not part of the first header
  for (; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') { field += '"'; i++; } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

/** Rows as objects keyed by header; `get(row, name)` finds a column case- and space-insensitively. */
export function csvRecords(text) {
  const [header, ...body] = parseCsv(text);
  return body.filter((r) => r.length > 1 || r[0] !== '').map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

const squash = (s) => s.toLowerCase().replace(/\s+/g, '');

/** The value of a column whose name matches `name` ignoring case and spaces ("…Renewal- Answer" = "…Renewal-Answer"). */
export function column(record, name) {
  const want = squash(name);
  for (const key of Object.keys(record)) if (squash(key) === want) return record[key];
  return undefined;
}
