export { linearScores } from './linearScores';
export { softmax } from './softmax';
export { crossEntropy } from './crossEntropy';
export { softmaxGradient } from './softmaxGradient';
export { workedExample } from './workedExample';
export type { WorkedExample } from './workedExample';
export { argMax } from './argMax';
export { rowArgMax } from './rowArgMax';
export { kernelToW } from './kernelToW';
