// web-ext ships no types; this declares the one call tests/firefox/web-ext-lint.ts makes.
declare module 'web-ext' {
  export interface LintMessage {
    _type: 'error' | 'warning' | 'notice';
    code: string;
    message: string;
    description?: string;
    file?: string;
    line?: number;
    column?: number;
  }
  export interface LintResult {
    count: number;
    summary: { errors: number; warnings: number; notices: number };
    errors: LintMessage[];
    warnings: LintMessage[];
    notices: LintMessage[];
  }
  export interface LintParams {
    sourceDir: string;
    artifactsDir?: string;
    output?: 'json' | 'text' | 'none';
    boring?: boolean;
    pretty?: boolean;
    selfHosted?: boolean;
    warningsAsErrors?: boolean;
    ignoreFiles?: string[];
  }
  const webExt: { cmd: { lint(params: LintParams, options: { shouldExitProgram: boolean }): Promise<LintResult> } };
  export default webExt;
}
