import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { pageDownloads, type PageDownload } from '../../lib/samples/pageDownloads';

// Each lesson page's code as one program (.ts, .py) and a notebook (.ipynb), built at build time
// from the very code blocks the page shows.
export const getStaticPaths = (async () => {
  const lessons = await getCollection('docs', (entry) => entry.id.startsWith('lesson/'));
  return lessons.flatMap((entry) => {
    const page = entry.id.slice('lesson/'.length);
    return pageDownloads(page, entry.data.title, entry.body ?? '').map((download) => ({
      params: { file: download.file },
      props: { download },
    }));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ download: PageDownload }> = ({ props }) =>
  new Response(props.download.body, { headers: { 'Content-Type': props.download.contentType } });
