/** Size of each of the two regression data panels, shared by the build and the live redraws. */
export const REGRESSION_DATA_PANEL = { width: 360, height: 300 } as const;
