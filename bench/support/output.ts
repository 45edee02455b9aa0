/**
 * Benchmark output: readable figures on stdout, progress on stderr, and the
 * one line of JSON as the very last line of stdout.
 */

export function progress(line: string): void {
  process.stderr.write(`[bench] ${line}\n`);
}

export function print(line = ''): void {
  process.stdout.write(`${line}\n`);
}

/** A fixed-width table: the first row is the header. */
export function table(rows: string[][]): void {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  rows.forEach((row, index) => {
    print(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
    if (index === 0) print(widths.map((w) => '-'.repeat(w)).join('  '));
  });
}

/** Must be the last thing the benchmark writes to stdout. */
export function printJsonLine(figures: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}
