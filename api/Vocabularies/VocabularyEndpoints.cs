namespace Catalogue.Api.Vocabularies;

internal static class VocabularyEndpoints
{
    public static RouteGroupBuilder MapVocabularyEndpoints(this RouteGroupBuilder api)
    {
        var vocabularies = api.MapGroup("/vocabularies").WithTags("Vocabularies");
        vocabularies.MapGet("/", ListVocabularies)
            .WithName("ListVocabularies")
            .WithSummary("List the vocabularies")
            .WithDescription("Names the controlled vocabularies whose codes the offers use: powiats, towns, gminy, sectors, kinds, modes, funding, provider-types, prk-levels, languages, isced, branze, professions, qualifications.");
        vocabularies.MapGet("/{name}", GetVocabulary)
            .WithName("GetVocabulary")
            .WithSummary("Get one vocabulary")
            .WithDescription("All terms of one vocabulary with their Polish labels (and English where available). Answers 304 to a matching If-None-Match.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return vocabularies;
    }

    internal static Ok<PagedResponse<VocabularySummary>> ListVocabularies(CatalogueVocabularies vocabularies)
    {
        var items = vocabularies.All.Select(v => new VocabularySummary(v.Name, v.Description, v.Terms.Count, $"/api/v1/vocabularies/{v.Name}")).ToList();
        return TypedResults.Ok(new PagedResponse<VocabularySummary>(items, items.Count, 1, items.Count));
    }

    /// <summary>Get one vocabulary.</summary>
    /// <param name="name">The vocabulary's name, e.g. powiats, kinds, professions (see GET /api/v1/vocabularies).</param>
    /// <param name="vocabularies">Vocabularies.</param>
    internal static Results<ETaggedJson<VocabularyResponse>, ProblemHttpResult> GetVocabulary(string name, CatalogueVocabularies vocabularies) =>
        vocabularies.Find(name) is { } vocabulary
            ? new ETaggedJson<VocabularyResponse>(new VocabularyResponse(vocabulary.Name, vocabulary.Description, vocabulary.Terms, vocabulary.Terms.Count))
            : Problems.NotFound("Vocabulary", name);
}

/// <summary>A vocabulary, named.</summary>
/// <param name="Name">Name used in the URL.</param>
/// <param name="Description">What the vocabulary lists.</param>
/// <param name="Count">Number of terms.</param>
/// <param name="Href">Where to read it.</param>
public sealed record VocabularySummary(string Name, string Description, int Count, string Href);

/// <summary>All terms of a vocabulary.</summary>
/// <param name="Name">Name of the vocabulary.</param>
/// <param name="Description">What the vocabulary lists.</param>
/// <param name="Items">The terms.</param>
/// <param name="Total">Number of terms.</param>
public sealed record VocabularyResponse(string Name, string Description, IReadOnlyList<VocabularyTerm> Items, int Total);
