// Canonical jurisdiction names, offered in "did you mean" for a misspelt one.
import { JURISDICTION_DEFS } from '../extract/values/jurisdiction.js';

export const SUGGESTED_JURISDICTIONS: readonly string[] = [...new Set(JURISDICTION_DEFS.map((def) => def.name))];
