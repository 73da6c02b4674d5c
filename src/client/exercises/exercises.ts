/**
 * Every exercise element of the course, in one module: a page loads it once whatever kinds it
 * uses, and what only a run needs (the training session, TF.js) is imported on first use. The home
 * page's overview is a script of its own (overview.ts): no lesson page needs it.
 */
import './numeric';
import './choice';
import './predict';
import './open';
import './ExerciseProgress';
