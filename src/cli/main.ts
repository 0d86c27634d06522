// The command line (../shared/spec/cli.md). Only commander loads up front (for `--version`, not
// even it); each command imports its own modules when it runs, so `--version` and `--help` start fast.
import { toolVersion } from '../version.js';

const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'markdown', 'github', 'checkstyle', 'html'];

function collect(run: (...args: never[]) => Promise<number>, result: { code: number }) {
  return async (...args: never[]) => {
    result.code = await run(...args);
  };
}

export async function main(argv: string[]): Promise<number> {
  // `--version` alone answers before commander loads, so it costs little more than starting Node.
  const only = argv.slice(2);
  if (only.length === 1 && (only[0] === '--version' || only[0] === '-v')) {
    process.stdout.write(`${toolVersion()}\n`);
    return 0;
  }
  const { Command, CommanderError, Option } = await import('commander');
  const result = { code: 0 };
  const program = new Command('termlint')
    .description('Lint contract terms against your playbook and say whom to consult before sending.')
    .version(toolVersion(), '-v, --version')
    .showHelpAfterError('(run termlint --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .option('--debug', 'print stack traces for internal errors');
  // Limits and --debug reach the readers through the environment (worker threads inherit it).
  program.hook('preAction', async (_program, command) => {
    const { applySafetyFlags } = await import('./safety-flags.js');
    applySafetyFlags({ ...program.opts(), ...command.opts() });
  });

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
    .option('--waivers <file>', 'approved deviations (default: the nearest termlint.waivers.yaml)')
    .option('--verbose', "print the policy's extends chain and the waivers file on stderr")
    .option('--jobs <n>', 'documents checked in parallel (default: CPU count)')
    .option('--timeout <seconds>', 'time budget per document; over it the document is a TIMEOUT error', '60')
    .option('--cache', 'skip unchanged files (keyed by file, policy and tool version)')
    .option('--cache-location <file>', 'cache file (default: .termlintcache; implies --cache)')
    .option('--shard <i/n>', 'lint only the i-th of n slices of the file list (CI matrices)')
    .option('--against <template>', 'also report clauses that differ from a template (docx, pdf, md or txt)')
    .option('--termsheet <file>', 'also report facts that differ from the agreed YAML term sheet')
    .option('--annotate <out.docx>', 'write a copy of the .docx with each finding as a Word comment on its clause')
    .option('--max-file-size <MB>', 'largest document read, in MB (default 50)')
    .option('--max-pages <n>', 'most pages in a PDF (default 2000)')
    .option('--max-chars <n>', 'most characters of text in a document (default 5000000)')
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
    .option('--max-file-size <MB>', 'largest document read, in MB (default 50)')
    .option('--max-pages <n>', 'most pages in a PDF (default 2000)')
    .option('--max-chars <n>', 'most characters of text in a document (default 5000000)')
    .action(collect(async (files: string[], opts: Record<string, unknown>) => {
      const { runExtract } = await import('./extract.js');
      return runExtract(files, opts as never);
    }, result) as never);

  const policy = program.command('policy').description('work on policy files');
  policy
    .command('validate')
    .description('schema and semantic checks, with file:line:column')
    .argument('[file]', 'policy file (default: the nearest, else the built-in playbook)')
    .option('--waivers <file>', 'also validate this waivers file against the policy (default without [file]: the nearest termlint.waivers.yaml)')
    .action(collect(async (file: string | undefined, opts: { waivers?: string }) => {
      const { runValidate } = await import('./policy.js');
      return runValidate(file, process.cwd(), opts);
    }, result) as never);
  policy
    .command('test')
    .description("run each rule's examples through the real pipeline")
    .argument('[file]', 'policy file')
    .action(collect(async (file: string | undefined) => {
      const { runPolicyTest } = await import('./policy.js');
      return runPolicyTest(file);
    }, result) as never);
  policy
    .command('diff')
    .description('rules added, removed, tightened and loosened between two policies')
    .argument('<old>', 'the policy before the change')
    .argument('<new>', 'the policy after the change')
    .addOption(new Option('-f, --format <name>', 'text | json | markdown (for a PR comment)').choices(['text', 'json', 'markdown']).default('text'))
    .option('--against <folder>', 'also check these documents under both policies and list changed verdicts')
    .option('-o, --output <file>', 'write to a file (atomically)')
    .action(collect(async (oldFile: string, newFile: string, opts: Record<string, unknown>) => {
      const { runPolicyDiff } = await import('./policy.js');
      return runPolicyDiff(oldFile, newFile, opts as never);
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
