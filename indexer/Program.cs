// The standalone indexer for split deployments. The feed commands (sync, import, reindex, watch) arrive with the
// indexer issue; today it reports the state of a store.
using Catalogue.Indexer;

return await IndexerCli.RunAsync(args);
