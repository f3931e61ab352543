/**
 * `npm run --silent vet -- [--url URL] [--now ISO] [--brief FILE] [--json] FILE...`
 * Runs the extension's own readers and vetting in Node on saved pages (.html) and captured
 * responses (.json) of one creator. Exit 0 with a report; exit 2 with one line on bad input.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { CampaignBriefSchema } from '../contracts/brief';
import { SnapshotSchema } from '../contracts/creator';
import { DEFAULT_BRIEF } from '../scoring/default-brief';
import { vet } from '../vetting/vet';
import { parseSavedPage, SavedPageError } from './saved-page';
import { parseVetArgs, UsageError } from './vet-args';
import { textOf, truncationWarning } from './vet-input-checks';
import { assembleSnapshot, type InputFile } from './vet-assemble';
import { formatReport } from './vet-format';

function fail(message: string): never {
  process.stderr.write(`vet: ${message}\n`);
  process.exit(2);
}

function main(argv: string[]): void {
  let args;
  try {
    args = parseVetArgs(argv);
  } catch (error) {
    fail(error instanceof UsageError ? error.message : String(error));
  }
  let brief = DEFAULT_BRIEF;
  if (args.briefFile) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(args.briefFile, 'utf8'));
    } catch (error) {
      fail(`cannot read brief ${args.briefFile}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const parsed = CampaignBriefSchema.safeParse(raw);
    if (!parsed.success) fail(`brief ${args.briefFile} is not a valid brief: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}`);
    brief = parsed.data;
  }
  const inputs: InputFile[] = [];
  for (const file of args.files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    const read = textOf(file, bytes);
    if (!read.ok) fail(read.message);
    const { text } = read;
    const ext = extname(file).toLowerCase();
    if (ext === '.json') {
      try {
        inputs.push({ name: basename(file), kind: 'json', json: JSON.parse(text) });
      } catch (error) {
        fail(`${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
      }
    } else if (ext === '.html' || ext === '.htm') {
      const truncated = truncationWarning(file, text);
      if (truncated) process.stderr.write(`vet: warning: ${truncated}\n`);
      try {
        inputs.push({ name: basename(file), kind: 'html', doc: parseSavedPage(text, file) });
      } catch (error) {
        fail(error instanceof SavedPageError ? error.message : `${file} could not be parsed: ${String(error)}`);
      }
    } else {
      fail(`${file}: expected a saved page (.html) or a captured response (.json)`);
    }
  }
  // A key for this run only: commenters are compared by keyed hash, and nothing is kept.
  const assembled = assembleSnapshot(inputs, args.url, args.now, crypto.getRandomValues(new Uint8Array(32)));
  if (!assembled.ok) fail(assembled.message);
  const snapshot = SnapshotSchema.safeParse(assembled.snapshot);
  if (!snapshot.success) fail(`what the files hold does not pass Vetted's contract: ${snapshot.error.issues.slice(0, 3).map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  const report = vet({ snapshot: snapshot.data, brief, history: [], now: args.now, evidence: assembled.evidence });
  if (args.json) {
    const { metrics, authenticity, fit, confidence, price, sponsored, postEvidence } = report;
    const evidence = { postsFromPostPages: postEvidence.postsFromPostPages, comments: postEvidence.comments, nextStep: postEvidence.nextStep };
    // The report's snapshot: the profile's posts with what the post pages showed merged in.
    const output = { creator: report.snapshot.creator, posts: report.snapshot.posts, sources: report.snapshot.sources, brief: { id: brief.id, name: brief.name }, metrics, authenticity, fit, confidence, price, sponsored, evidence };
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  } else {
    process.stdout.write(formatReport(report));
  }
}

main(process.argv.slice(2));
