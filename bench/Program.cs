using Catalogue.Bench;

return args.FirstOrDefault() switch
{
    "generate" => await LargeCatalogue.GenerateAsync(args),
    "queries" => SearchQueries.Write(args),
    "profile" => await Profile.RunAsync(args),
    "profile-paths" => await ProfilePaths.RunAsync(args),
    "rebuild" => await LargeCatalogue.RebuildAsync(args),
    "feeds" => await FeedBench.RunAsync(args),
    "graphql-limits" => await GraphQLLimitBench.RunAsync(args),
    "soak" => await Soak.RunAsync(args),
    "properties" => await PropertiesBench.RunAsync(args),
    "hunspell-fold" => HunspellFold.Run(args),
    "lemmatizer" => LemmatizerBench.Run(args),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        Usage:
          dotnet run -c Release --project bench -- generate --offers 20000 --data <dir>   store + rebuilt index; prints offers/s of the rebuild
          dotnet run -c Release --project bench -- queries --count 600 --out <file>        distinct realistic search paths for wrk
          dotnet run -c Release --project bench -- rebuild --data <dir>                    rebuild the index of an existing store; offers/s
          dotnet run -c Release --project bench -- profile --data <dir> [--rounds N]        engine-only timing of facets/highlights
          dotnet run -c Release --project bench -- profile-paths --data <dir> --paths <file> [--plans] engine-only, one thread, on the wrk paths
          dotnet run -c Release --project bench -- feeds [--offers 20000]                  full sync / re-sync / freshness of JSON, CSV and JSON-LD feeds
          dotnet run -c Release --project bench -- graphql-limits --url <api> [--rounds 20] how fast a running API refuses abusive GraphQL documents
          dotnet run -c Release --project bench -- soak [--minutes 10] [--data <dir>]     mixed reads at 70 % of peak + feed re-syncs + uploads; exits 1 on any error
          dotnet run -c Release --project bench -- properties [--cases 100000] [--seed N]   the endpoint properties, long run (starts the API; or --url <api> --admin-key <key>)
          dotnet run --project bench -- hunspell-fold [--from /usr/share/hunspell] [--to schema/Search/Morphology]
                                                                                          regenerate the bundled folded pl_PL and check it (0 stems lost)
          dotnet run -c Release --project bench -- lemmatizer                             load time and tokens/s of the Polish lemma filter (cold and warm cache)
        The whole benchmark: bash bench/run.sh
        """);
    return 2;
}
