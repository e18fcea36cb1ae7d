// Downloads: the whole graph as GEXF (a link to the server's export), the visible part as GEXF
// (the same server writer, given the visible nodes and edge types), and a PNG of the view.
import { downloadAsPNG } from '@sigma/export-image';
import type Sigma from 'sigma';

import { exportFileName } from '../../src/api/contract.ts';
import { ApiError, exportPart } from './api.ts';
import { byId } from './dom.ts';
import type { Viewer } from './viewer.ts';
import { visiblePart } from './visible-part.ts';

export function mountExportButtons(viewer: Viewer, onError: (message: string) => void): void {
  // The server names the file the same way, so the link's promise and the saved name agree.
  byId<HTMLAnchorElement>('export-gexf-all').download = exportFileName('gexf');
  byId('export-gexf-visible').addEventListener('click', () => {
    const part = visiblePart(viewer.graph, viewer.hiddenNodes(), viewer.state.hiddenEdgeTypes);
    exportPart({ format: 'gexf', ...part })
      .then(({ blob, fileName }) => download(blob, fileName))
      .catch((error: unknown) => onError(error instanceof ApiError ? error.message : String(error)));
  });
  byId('export-png').addEventListener('click', () => {
    // The helper is typed for untyped attributes; ours only narrow them.
    void downloadAsPNG(viewer.renderer as unknown as Sigma, { fileName: 'yuanjiang-view', backgroundColor: '#ffffff' });
  });
}

export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
