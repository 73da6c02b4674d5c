/**
 * Every exercise element of the course, in one module: a page loads it once whatever kinds it
 * uses, and what only a run needs (the training session, TF.js) is imported on first use.
 */
import './numeric';
import './choice';
import './predict';
import './open';
import './ExerciseProgress';
