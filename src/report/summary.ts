// Counts shared by every formatter, so all formats agree on what a run found.
import type { FileResult } from '../types.js';

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Files that could not be read: never counted as clean. */
  unreadable: number;
  /** Findings an approved waiver covers; they are not in errors/warnings/infos. */
  waived: number;
  /** Owner id -> number of findings (not waived) that owner should look at. */
  byOwner: Record<string, number>;
}

export function summarise(files: FileResult[]): Summary {
  const summary: Summary = { files: files.length, errors: 0, warnings: 0, infos: 0, unreadable: 0, waived: 0, byOwner: {} };
  const byOwner = new Map<string, number>();
  for (const file of files) {
    if (file.status === 'error') summary.unreadable++;
    for (const finding of file.findings) {
      if (finding.waived) {
        summary.waived++;
        continue;
      }
      if (finding.severity === 'error') summary.errors++;
      else if (finding.severity === 'warning') summary.warnings++;
      else summary.infos++;
      if (finding.owner) byOwner.set(finding.owner.id, (byOwner.get(finding.owner.id) ?? 0) + 1);
    }
  }
  // Sorted keys keep the JSON output byte-for-byte stable whatever order documents finished in.
  for (const id of [...byOwner.keys()].sort()) summary.byOwner[id] = byOwner.get(id) ?? 0;
  return summary;
}
