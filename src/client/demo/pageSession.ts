import type { TrainingSession } from '../training/TrainingSession';
import { nextTask } from './nextTask';

let session: TrainingSession | undefined;
let sessionLoading: Promise<TrainingSession> | undefined;

/**
 * The page's one training session, shared by every demo and exercise of the page, made (and
 * TF.js loaded) on first use. Its import starts in a task of its own (nextTask).
 */
export function trainingSession(): Promise<TrainingSession> {
  if (session) return Promise.resolve(session);
  sessionLoading ??= nextTask()
    .then(() => import('../training/TrainingSession'))
    .then(({ TrainingSession }) => {
      session = new TrainingSession();
      return session;
    });
  return sessionLoading;
}

/** The session if it exists already: stopping a run must not be what loads TF.js. */
export function loadedTrainingSession(): TrainingSession | undefined {
  return session;
}
