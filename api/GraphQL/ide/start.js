// Starts GraphiQL against this server's /graphql; every asset is served by the catalogue itself (works offline).
(function () {
  var fetcher = GraphiQL.createFetcher({ url: window.location.origin + '/graphql' });
  var defaultQuery = [
    '# Katalog ofert edukacyjnych województwa łódzkiego — GraphQL',
    '# Limits: depth 10, cost 1000, 30 aliases, 20 kB document, first ≤ 100. SDL: /graphql/schema.graphql',
    'query Spawacz {',
    '  offers(query: "spawacz", filter: { powiat: ["1061"] }, first: 5) {',
    '    totalCount',
    '    edges { node { id title provider { name } } highlights { title } }',
    '    facets { name values { label count selected } }',
    '    pageInfo { hasNextPage endCursor }',
    '  }',
    '}',
    ''
  ].join('\n');
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: defaultQuery }));
})();
