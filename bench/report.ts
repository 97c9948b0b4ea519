// The one table `npm run bench` ends with: each measurement beside its baseline from the same
// run, the difference or ratio, the target and whether it was met. Numbers are never asserted.

export interface Row {
  what: string;
  /** The same thing without the extension (or the reference job), formatted; '–' when none. */
  baseline: string;
  withExtension: string;
  /** Ratio or difference against the baseline, formatted. */
  change: string;
  target: string;
  /** `null` when the row has no target (or the part failed). */
  met: boolean | null;
}

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export const ms = (value: number): string => `${Math.round(value)} ms`;

export const signedMs = (value: number): string =>
  `${value >= 0 ? '+' : '−'}${Math.abs(Math.round(value))} ms`;

export const kilobytes = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

export const megabytes = (bytes: number): string => `${(bytes / 1e6).toFixed(2)} MB`;

export const signedMegabytes = (bytes: number): string =>
  `${bytes >= 0 ? '+' : '−'}${Math.abs(bytes / 1e6).toFixed(2)} MB`;

export const ratio = (value: number): string => `${value.toFixed(2)}×`;

/** A row for a part that could not be measured: the reason instead of numbers, no verdict. */
export function failedRow(what: string, error: unknown): Row {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    what,
    baseline: '–',
    withExtension: `failed: ${reason.split('\n')[0]}`,
    change: '–',
    target: '–',
    met: null,
  };
}

const verdict = (met: boolean | null): string => (met === null ? '–' : met ? 'met' : '**missed**');

export function formatReport(rows: Row[]): string {
  const header = ['what', 'baseline', 'with the extension', 'change', 'target', ''];
  const lines = [
    `| ${header.join(' | ')} |`,
    '| --- | ---: | ---: | ---: | --- | --- |',
    ...rows.map(
      (row) =>
        `| ${[row.what, row.baseline, row.withExtension, row.change, row.target, verdict(row.met)].join(' | ')} |`,
    ),
  ];
  return lines.join('\n');
}
