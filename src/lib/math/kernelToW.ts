/**
 * The lesson's W (classes x inputs, one row per class) from a Keras kernel (inputs x units),
 * which is its transpose. `units` is needed when the kernel has no rows.
 */
export function kernelToW(kernel: readonly (readonly number[])[], units = kernel[0]?.length ?? 0): number[][] {
  return Array.from({ length: units }, (_, k) => kernel.map((row) => row[k]!));
}
