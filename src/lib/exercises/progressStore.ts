/**
 * The reader's exercise progress, kept in one localStorage entry under a versioned key and
 * nowhere else. The storage is injected (a function, because merely reading
 * `window.localStorage` throws in some private modes), so the same code runs in tests.
 *
 * Whatever the storage does (it is missing, forbidden, full, or holds something unreadable),
 * the store keeps working in memory, never throws, and says in `problem` why progress cannot
 * be saved. Unreadable saved data is replaced by the progress made from now on.
 */
export const PROGRESS_KEY = 'dl-course:exercises:v1';

export interface ExerciseRecord {
  done: boolean;
  /** What the reader last entered or picked, as text. */
  answer?: string;
  /** A short result to show again, e.g. a predict run's measured value. */
  result?: string;
}

export type ProgressProblem = 'unavailable' | 'full' | 'corrupted';

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
type Pages = Record<string, Record<string, ExerciseRecord>>;

export interface ProgressStore {
  /** Why progress is not being saved; undefined while it is. */
  readonly problem: ProgressProblem | undefined;
  get(page: string, id: string): ExerciseRecord | undefined;
  set(page: string, id: string, record: ExerciseRecord): void;
  /** How many of `ids` on `page` are done. */
  doneCount(page: string, ids: readonly string[]): number;
  clear(): void;
}

function isRecord(v: unknown): v is ExerciseRecord {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return typeof r.done === 'boolean' && ['string', 'undefined'].includes(typeof r.answer) && ['string', 'undefined'].includes(typeof r.result);
}

/** The saved pages, or undefined when the text is not progress this version wrote. */
function decode(text: string): Pages | undefined {
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data !== 'object' || data === null) return undefined;
    const pages = (data as { pages?: unknown }).pages;
    if (typeof pages !== 'object' || pages === null) return undefined;
    const out: Pages = {};
    for (const [page, entries] of Object.entries(pages)) {
      if (typeof entries !== 'object' || entries === null) return undefined;
      out[page] = {};
      for (const [id, record] of Object.entries(entries)) if (isRecord(record)) out[page][id] = { ...record };
    }
    return out;
  } catch {
    return undefined;
  }
}

function isQuotaError(err: unknown): boolean {
  const name = (err as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

export function createProgressStore(storage: () => StorageLike | null | undefined, key = PROGRESS_KEY): ProgressStore {
  let problem: ProgressProblem | undefined;
  let backing: StorageLike | undefined;
  let pages: Pages = {};
  try {
    backing = storage() ?? undefined;
    const text = backing?.getItem(key) ?? null;
    if (!backing) problem = 'unavailable';
    else if (text !== null) {
      const saved = decode(text);
      if (saved) pages = saved;
      else problem = 'corrupted';
    }
  } catch {
    backing = undefined;
    problem = 'unavailable';
  }

  const save = (): void => {
    if (!backing) return;
    try {
      backing.setItem(key, JSON.stringify({ version: 1, pages }));
      problem = undefined;
    } catch (err) {
      problem = isQuotaError(err) ? 'full' : 'unavailable';
    }
  };

  return {
    get problem() {
      return problem;
    },
    get(page, id) {
      const record = pages[page]?.[id];
      return record ? { ...record } : undefined;
    },
    set(page, id, record) {
      pages[page] = { ...pages[page], [id]: { ...record } };
      save();
    },
    doneCount(page, ids) {
      return ids.filter((id) => pages[page]?.[id]?.done === true).length;
    },
    clear() {
      pages = {};
      if (!backing) return;
      try {
        backing.removeItem(key);
        problem = undefined;
      } catch {
        problem = 'unavailable';
      }
    },
  };
}
