import { glibcSin } from '../../src/lib/math/libm/glibcSin';
import { describeGlibcTrig } from './support/describeGlibcTrig';

describeGlibcTrig('sin', glibcSin);
