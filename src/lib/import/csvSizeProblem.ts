/** The largest file the CSV import reads: checked against the file's size before reading it. */
export const CSV_MAX_BYTES = 5 * 1024 * 1024;

/** The refusal for a file of `bytes` bytes, or undefined when the import may read it. */
export function csvSizeProblem(bytes: number): { ok: false; message: string; line: number } | undefined {
  if (bytes <= CSV_MAX_BYTES) return undefined;
  const mb = (bytes / (1024 * 1024)).toFixed(2);
  return { ok: false, line: 0, message: `The file is ${mb} MB; the import reads files of at most 5 MB.` };
}
