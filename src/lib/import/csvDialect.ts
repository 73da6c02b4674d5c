import { CSV_MAX_BYTES } from './csvSizeProblem';
import { POINT_LIMITS } from '../points/pointsProblem';

/** The CSV the import reads, in one sentence for the page (parsePointsCsv is the definition). */
export const CSV_DIALECT =
  `UTF-8 text (a byte-order mark is fine), LF or CRLF line ends, commas between values: x0,x1,label on each line, ` +
  `with an optional header line and an optional fourth split column as the download has. ` +
  `Labels are whole numbers 0 to ${POINT_LIMITS.maxLabel}; at least ${POINT_LIMITS.minClasses} classes, ` +
  `at most ${POINT_LIMITS.maxPoints.toLocaleString('en-US')} rows and ${CSV_MAX_BYTES / (1024 * 1024)} MB. Blank lines are skipped.`;
