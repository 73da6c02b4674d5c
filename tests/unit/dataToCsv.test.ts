import { describe, expect, it } from 'vitest';
import { dataToCsv } from '../../src/lib/export/dataToCsv';

describe('dataToCsv', () => {
  it('writes classification rows as x0, x1, label and split', () => {
    const csv = dataToCsv({ kind: 'classification', all: { X: [[1.5, -2], [0, 3]], y: [2, 0], split: ['train', 'test'] } });
    expect(csv).toBe('x0,x1,label,split\n1.5,-2,2,train\n0,3,0,test\n');
  });

  it('writes regression rows as x, y and split, ignoring any second column', () => {
    const csv = dataToCsv({ kind: 'regression', all: { X: [[0.25, 9], [-1, 9]], y: [0.1 + 0.2, 1], split: ['test', 'train'] } });
    expect(csv).toBe('x,y,split\n0.25,0.30000000000000004,test\n-1,1,train\n');
  });
});
