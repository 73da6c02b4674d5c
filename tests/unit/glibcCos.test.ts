import { glibcCos } from '../../src/lib/math/libm/glibcCos';
import { describeGlibcTrig } from './support/describeGlibcTrig';

describeGlibcTrig('cos', glibcCos);
