import { describe, expect, it } from 'vitest';
import { formatWeight, regressionModel, regressionModelRow } from '../../src/lib/demo/regressionModel';

describe('regressionModel', () => {
  it('counts parameters as Keras does: 2 for one unit, 3H + 1 for H hidden units', () => {
    expect(regressionModel({ hidden: 0, activation: 'tanh' })).toMatchObject({ name: 'one sigmoid unit, σ(wx + b)', parameters: 2 });
    expect(regressionModel({ hidden: 16, activation: 'tanh' })).toMatchObject({ name: '16 tanh units, then a linear output', parameters: 49 });
    expect(regressionModel({ hidden: 1, activation: 'relu' }).name).toBe('1 relu unit, then a linear output');
  });

  it('says what each model can draw: kinks for ReLU, smooth steps otherwise', () => {
    expect(regressionModel({ hidden: 3, activation: 'relu' }).shape).toMatch(/straight pieces with up to 3 kinks/);
    expect(regressionModel({ hidden: 4, activation: 'sigmoid' }).shape).toMatch(/4 smooth steps/);
    expect(regressionModel({ hidden: 0, activation: 'relu' }).shape).toMatch(/rises or falls once/);
  });
});

describe('regressionModelRow', () => {
  it('shows the single unit’s weights, beside the true −1 and 0 only for the lesson’s sigmoid', () => {
    expect(regressionModelRow({ hidden: 0, activation: 'tanh' }, 'sigmoid', { w: -0.9671, b: -0.0042 })).toEqual({
      label: 'Weight and bias (true curve: −1 and 0)',
      text: 'w = −0.967, b = −0.004',
    });
    expect(regressionModelRow({ hidden: 0, activation: 'tanh' }, 'sine')).toEqual({ label: 'Weight and bias', text: '—' });
  });

  it('shows a hidden layer’s size instead of one of its weights', () => {
    expect(regressionModelRow({ hidden: 16, activation: 'tanh' }, 'sine', { w: 0.3, b: 0 })).toEqual({
      label: 'Model',
      text: '16 tanh units, then a linear output (49 parameters)',
    });
  });

  it('formats weights with a true minus sign, exponents from 1000 on, and names what is not finite', () => {
    expect(formatWeight(-1.23456)).toBe('−1.235');
    expect(formatWeight(12345)).toBe('1.23e+4');
    expect(formatWeight(Number.NaN)).toBe('NaN');
  });
});
