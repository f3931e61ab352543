/**
 * Imported first by run-all.ts: the e2e harness reads VETTED_OUT_DIR when its module loads, and the
 * benchmarks must build into and load from their own folder so that they never clobber a build
 * that tests or another helper are using.
 */
process.env.VETTED_OUT_DIR ??= '.output-bench';
