// Files that ship with the package, resolved from this module's URL: src/policy/*.ts and
// dist/policy/*.js both sit two levels below the package root.
import { fileURLToPath } from 'node:url';

export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BUILTIN_POLICY_PATH = fileURLToPath(new URL('../../policies/default.policy.yaml', import.meta.url));
export const POLICY_SCHEMA_PATH = fileURLToPath(new URL('../../schemas/policy.schema.json', import.meta.url));
export const TERMSHEET_SCHEMA_PATH = fileURLToPath(new URL('../../schemas/termsheet.schema.json', import.meta.url));

/** `extends: [termlint:default]` builds on the built-in playbook. */
export const BUILTIN_EXTENDS_NAME = 'termlint:default';
export const BUILTIN_SOURCE = 'built-in default playbook';
