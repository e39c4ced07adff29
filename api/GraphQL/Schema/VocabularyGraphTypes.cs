using GraphQL;
using GraphQL.Types;

namespace Catalogue.Api.GraphQL;

internal sealed class VocabularyGraphType : ObjectGraphType<Vocabulary>
{
    private const int DefaultTerms = 100;

    public VocabularyGraphType()
    {
        Name = "Vocabulary";
        Description = "A controlled vocabulary whose codes the offers use: powiats, towns, gminy, sectors, kinds, modes, funding, provider-types, prk-levels, languages, isced, branze, professions, qualifications.";
        Field(x => x.Name).Description("The vocabulary's name, as in /api/v1/vocabularies/{name}.");
        Field(x => x.Description).Description("What the vocabulary lists.");
        Field<NonNullGraphType<IntGraphType>>("count").Description("Number of terms.").Resolve(c => c.Source.Terms.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VocabularyTermGraphType>>>>("terms")
            .Description("Terms in the vocabulary's order, a page of them: first (1–1000, default 100) from offset (default 0). Costs its page size.")
            .Argument<IntGraphType>("first", "How many terms, 1–1000. Default 100.")
            .Argument<IntGraphType>("offset", "How many terms to pass over first. Default 0.")
            .WithComplexityImpact(context => new(1, Math.Clamp(OfferConnectionGraphType.IntArgument(context, "first") ?? DefaultTerms, 1, 1000)))
            .Resolve(context =>
            {
                var first = context.GetArgument("first", DefaultTerms);
                var offset = context.GetArgument("offset", 0);
                if (first is < 1 or > 1000 || offset < 0)
                    throw new GraphQLInputError("first", "first must be 1–1000 and offset 0 or more.");
                return context.Source.Terms.Skip(offset).Take(first);
            });
    }
}

internal sealed class VocabularyTermGraphType : ObjectGraphType<VocabularyTerm>
{
    public VocabularyTermGraphType()
    {
        Name = "VocabularyTerm";
        Description = "One entry of a vocabulary: a code and its Polish label; the other fields are filled only where the vocabulary has them.";
        Field(x => x.Code).Description("The code used in offers and filters.");
        Field(x => x.Label).Description("The Polish label.");
        Field(x => x.LabelEn, nullable: true).Description("The English label, where available.");
        Field(x => x.Broader, nullable: true).Description("The code of the broader term: ISCED broad field of a narrow one, sector of a kind, branża of a profession, powiat of a town or gmina.");
        Field(x => x.Seat, nullable: true).Description("The seat of a powiat.");
        Field(x => x.Latitude, nullable: true).Description("WGS84 latitude (powiats: of the seat; towns).");
        Field(x => x.Longitude, nullable: true).Description("WGS84 longitude (powiats: of the seat; towns).");
        Field(x => x.Qualifications, nullable: true).Description("Qualifications (kwalifikacje) of a vocational profession.");
        Field(x => x.SchoolTypes, nullable: true).Description("School types teaching a vocational profession.");
        Field(x => x.Kind, nullable: true).Description("The term's kind where the vocabulary has one: powiat type (ziemski, grodzki), gmina kind, ISCED level.");
    }
}

internal sealed class SuggestionGraphType : ObjectGraphType<Suggestion>
{
    public SuggestionGraphType()
    {
        Name = "Suggestion";
        Description = "A typeahead suggestion.";
        Field(x => x.Text).Description("What to show and search for.");
        Field(x => x.Type).Description("title, profession, town or provider.");
        Field(x => x.Id, nullable: true).Description("The id of the offer, provider, town or profession it names, where it has one.");
    }
}
