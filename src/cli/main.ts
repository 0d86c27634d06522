// The command line (../shared/spec/cli.md). Only commander loads up front; each command
// imports its own modules when it runs, so `--version` and `--help` start fast.
import { Command, CommanderError, Option } from 'commander';
import { toolVersion } from '../version.js';

const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'markdown', 'github', 'html'];

function collect(run: (...args: never[]) => Promise<number>, result: { code: number }) {
  return async (...args: never[]) => {
    result.code = await run(...args);
  };
}

export async function main(argv: string[]): Promise<number> {
  const result = { code: 0 };
  const program = new Command('termlint')
    .description('Lint contract terms against your playbook and say whom to consult before sending.')
    .version(toolVersion(), '-v, --version')
    .showHelpAfterError('(run termlint --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program
    .command('check')
    .description('lint contracts: files, folders (recursed), globs')
    .argument('[paths...]', 'documents, folders or globs')
    .option('-p, --policy <file>', 'policy file (default: nearest termlint.policy.yaml, else the built-in playbook)')
    .addOption(new Option('-f, --format <name>', `report format: ${FORMATS.join(' | ')}`).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file (atomically)')
    .option('--max-warnings <n>', 'exit 1 when warnings exceed n')
    .addOption(new Option('--min-severity <level>', 'only report findings at or above').choices(['info', 'warning', 'error']))
    .option('--owner <id>', 'only findings for that owner')
    .option('--stdin-format <fmt>', "read one document from stdin ('-' as the path)")
    .option('--no-color', 'no colours')
    .option('--quiet', 'no progress output')
    .action(collect(async (paths: string[], opts: Record<string, unknown>) => {
      const { runCheck } = await import('./check.js');
      return runCheck(paths, opts as never);
    }, result) as never);

  program
    .command('extract')
    .description('show the clauses, topics and facts termlint read')
    .argument('<files...>', 'documents')
    .addOption(new Option('-f, --format <name>', 'json | yaml | text').choices(['json', 'yaml', 'text']).default('text'))
    .option('-p, --policy <file>', 'policy whose custom topics and facts to read too')
    .option('-o, --output <file>', 'write to a file (atomically)')
    .action(collect(async (files: string[], opts: Record<string, unknown>) => {
      const { runExtract } = await import('./extract.js');
      return runExtract(files, opts as never);
    }, result) as never);

  const policy = program.command('policy').description('work on policy files');
  policy
    .command('validate')
    .description('schema and semantic checks, with file:line:column')
    .argument('[file]', 'policy file (default: the nearest, else the built-in playbook)')
    .action(collect(async (file: string | undefined) => {
      const { runValidate } = await import('./policy.js');
      return runValidate(file);
    }, result) as never);
  policy
    .command('test')
    .description("run each rule's examples through the real pipeline")
    .argument('[file]', 'policy file')
    .action(collect(async (file: string | undefined) => {
      const { runPolicyTest } = await import('./policy.js');
      return runPolicyTest(file);
    }, result) as never);

  program
    .command('explain')
    .description('the rule, why it exists, its owner and fallback text')
    .argument('<rule-id>')
    .option('-p, --policy <file>', 'policy file')
    .action(collect(async (id: string, opts: { policy?: string }) => {
      const { runExplain } = await import('./explain.js');
      return runExplain(id, opts);
    }, result) as never);

  program
    .command('init')
    .description('write a commented starter policy (the default playbook)')
    .option('--waivers', 'also write a starter termlint.waivers.yaml')
    .option('--force', 'overwrite existing files')
    .action(collect(async (opts: { force?: boolean; waivers?: boolean }) => {
      const { runInit } = await import('./init.js');
      return runInit(opts);
    }, result) as never);

  try {
    await program.parseAsync(argv);
    return result.code;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end through here with exit code 0; usage mistakes with 2 (cli.md).
      return err.exitCode === 0 ? 0 : 2;
    }
    const { UsageError, PolicyError } = await import('../errors.js');
    if (err instanceof UsageError || err instanceof PolicyError) {
      process.stderr.write(`termlint: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}
