export { RandomState } from './RandomState';
export { glibcLog } from './glibcLog';
