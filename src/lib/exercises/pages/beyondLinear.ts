/**
 * The exercises of the beyond-linear page, computed with the library that builds its models and
 * runs its experiments: a hidden-layer model's parameter count, the most regions that the lines
 * of H ReLU units cut the plane into, and the seeded runs with fewer hidden units. The page
 * imports this; tests/unit/beyondLinearExercises.test.ts checks every answer and trains each
 * predict run to pin the option its explanation names.
 */
import { denseParameterCount } from '../../math/denseParameterCount';
import { experimentById } from '../../experiments/registry';
import { predictSettings } from '../predictSettings';
import { predictRun } from '../predictRun';

const moons = experimentById('moons');
const circles = experimentById('circles');

function hiddenUnits(id: 'moons' | 'circles'): number {
  const m = experimentById(id).model;
  if (m.builder !== 'hiddenLayerClassifier') throw new Error(`The ${id} experiment must have a hidden-layer model.`);
  return m.hidden;
}

/**
 * The most regions that `lines` straight lines cut the plane into: the k-th line meets the
 * k - 1 before it at most once each, so it is cut into at most k pieces, and each piece splits
 * one region in two. Inside each region the same units are switched on, so a ReLU network is
 * one linear map there.
 */
export function maxPlaneRegions(lines: number): number {
  if (!Number.isInteger(lines) || lines < 0) throw new RangeError(`maxPlaneRegions needs a whole number of lines, 0 or more; got ${lines}.`);
  return 1 + (lines * (lines + 1)) / 2;
}

const ringUnits = hiddenUnits('circles');
const moonUnits = hiddenUnits('moons');
const ringLayers = { hidden: denseParameterCount(2, ringUnits), output: denseParameterCount(ringUnits, 2) };

export const beyondLinearExercises = {
  ringUnits,
  moonUnits,
  /** Parameters of the circles' model, Dense(8, relu) then Dense(2, softmax) on 2 inputs. */
  ringParams: { answer: ringLayers.hidden + ringLayers.output, ...ringLayers },
  /** The most linear pieces the moons' 16 units can cut the plane into. */
  regions: { answer: maxPlaneRegions(moonUnits), crossings: (moonUnits * (moonUnits - 1)) / 2 },
  noActivationOptions: [
    {
      label: 'The two layers multiply out to one: W₂(W₁x + b₁) + b₂ = (W₂W₁)x + (W₂b₁ + b₂)',
      correct: true,
      why: 'W₂W₁ is a 2 × 2 matrix and W₂b₁ + b₂ a vector of 2, so the two layers compute exactly what one dense layer can, and its borders are straight lines.',
    },
    {
      label: 'The hidden layer has too few units; with a few hundred it would bend the border',
      correct: false,
      why: 'However wide the hidden layer is, W₂W₁ is still a 2 × 2 matrix: more units only give more ways of writing the same linear map.',
    },
    {
      label: 'SGD cannot train two layers stacked without an activation',
      correct: false,
      why: 'It trains them without trouble, since the gradient passes through a linear layer as easily as through any other. What it can reach is the problem: only linear classifiers.',
    },
    {
      label: 'The softmax is a linear function, so the whole model is linear',
      correct: false,
      why: 'The softmax is not linear, but it keeps the order of the scores, so the class changes where two scores tie. With no activation inside, the scores are linear in x and the tie is a line.',
    },
  ],
  /** The circles with one hidden unit instead of eight. */
  oneUnitRun: {
    ...predictRun(predictSettings('circles', { hiddenUnits: 1 }), 'accuracy', 0, [
      { label: 'Below 60%: no better than the straight line', max: 0.6 },
      { label: 'Between 60% and 80%', min: 0.6, max: 0.8 },
      { label: 'Between 80% and 95%', min: 0.8, max: 0.95 },
      { label: '95% or more, like the eight units', min: 0.95 },
    ]),
    units: 1,
  },
  /** The moons with two hidden units instead of sixteen. */
  twoUnitRun: {
    ...predictRun(predictSettings('moons', { hiddenUnits: 2 }), 'accuracy', 0, [
      { label: 'Below 90%, about where the straight line ended', max: 0.9 },
      { label: 'Between 90% and 97%', min: 0.9, max: 0.97 },
      { label: '97% or more, like the sixteen units', min: 0.97 },
    ]),
    units: 2,
  },
  epochs: { moons: moons.training.epochs, circles: circles.training.epochs },
};
