import type { APIRoute, GetStaticPaths } from 'astro';
import { LESSON_DATASET_IDS, lessonDataset, type LessonDatasetId } from '../../lib/export/lessonDatasets';
import { toCsv } from '../../lib/export/toCsv';

// One static CSV per lesson dataset, written at build time from the same seeded code as the figures.
export const getStaticPaths = (() => LESSON_DATASET_IDS.map((dataset) => ({ params: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const table = lessonDataset(params.dataset as LessonDatasetId);
  return new Response(toCsv(table.columns, table.rows), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
