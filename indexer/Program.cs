// The standalone indexer, for deployments that split it from the API, and for imports from the command line.
using Catalogue.Indexer;

return await IndexerCli.RunAsync(args);
