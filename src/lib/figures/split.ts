/** Which part of a train/test split a sample belongs to. */
export type Split = 'train' | 'test';

/** The symbols that tell the two parts apart, so the split reads without colour. */
export const SPLIT_SYMBOLS: Record<Split, 'circle' | 'times'> = { train: 'circle', test: 'times' };
