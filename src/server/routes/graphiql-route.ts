import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import { projectRoot } from '../../paths';
import { sendText } from './send';

// GraphiQL is served from node_modules (its UMD builds and React's), never from a CDN, so that
// the page works offline and no third party sees the queries.
const ASSETS: Record<string, { file: string; type: string }> = {
  'react.js': { file: 'node_modules/react/umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.js': { file: 'node_modules/react-dom/umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.js': { file: 'node_modules/graphiql/graphiql.min.js', type: 'text/javascript' },
  'graphiql.css': { file: 'node_modules/graphiql/graphiql.min.css', type: 'text/css' },
};

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>GraphiQL – Fremtidens Legeplads graph</title>
  <link rel="stylesheet" href="/assets/graphiql/graphiql.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="/assets/graphiql/react.js"></script>
  <script src="/assets/graphiql/react-dom.js"></script>
  <script src="/assets/graphiql/graphiql.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
    const defaultQuery = '# Try: the first initiatives of the report\\n{\\n  initiatives {\\n    number\\n    title\\n  }\\n}\\n';
    ReactDOM.createRoot(document.getElementById('graphiql'))
      .render(React.createElement(GraphiQL, { fetcher, defaultQuery }));
  </script>
</body>
</html>`;

export function handleGraphiQLPage(res: ServerResponse): void {
  sendText(res, 200, 'text/html; charset=utf-8', PAGE);
}

/** Serves /assets/graphiql/<name>; false when the name is not one of ours. */
export function handleGraphiQLAsset(res: ServerResponse, name: string): boolean {
  const asset = ASSETS[name];
  if (!asset) return false;
  const body = readFileSync(path.join(projectRoot, asset.file));
  res.writeHead(200, {
    'content-type': `${asset.type}; charset=utf-8`,
    'content-length': body.length,
    'cache-control': 'public, max-age=86400',
  });
  res.end(body);
  return true;
}
