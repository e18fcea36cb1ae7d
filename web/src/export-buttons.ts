// Downloads: GEXF of the whole graph (the server's export), GEXF of what is visible (the same
// writer run in the page, so every filter, min-degree included, applies exactly), PNG of the view.
import { downloadAsPNG } from '@sigma/export-image';
import type Sigma from 'sigma';

import { toGexf } from '../../src/export/to-gexf.ts';
import { byId } from './dom.ts';
import type { Viewer } from './viewer.ts';
import { visibleSubgraph } from './visible-subgraph.ts';

export function mountExportButtons(viewer: Viewer): void {
  byId('export-gexf-visible').addEventListener('click', () => {
    const sub = visibleSubgraph(viewer.graph, viewer.hiddenNodes(), viewer.state.hiddenEdgeTypes);
    download(new Blob([toGexf(sub)], { type: 'application/gexf+xml' }), 'yuanjiang-visible.gexf');
  });
  byId('export-png').addEventListener('click', () => {
    // The helper is typed for untyped attributes; ours only narrow them.
    void downloadAsPNG(viewer.renderer as unknown as Sigma, { fileName: 'yuanjiang-view', backgroundColor: '#ffffff' });
  });
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
