using Catalogue.Api.Offers;
using GraphQL;
using GraphQL.Types;

namespace Catalogue.Api.GraphQL;

/// <summary>
/// A learning offer, field for field as REST's <see cref="OfferResponse"/> (one mapping serves both). Its lists cost by
/// their typical length (runs 3, the others 2): the default estimate would multiply them by the page size above them.
/// </summary>
internal sealed class OfferGraphType : ObjectGraphType<OfferResponse>
{
    public OfferGraphType()
    {
        Name = "Offer";
        Description = "A learning offer of the region: a school's profession class, a university programme (kierunek studiów), a course or a training.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("Stable public id (of-…), derived from the provider and its own id for the offer.");
        Field(x => x.ExternalId).Description("The provider's own id for the offer.");
        Field<NonNullGraphType<ProviderGraphType>>("provider")
            .Description("Who runs the offer; loaded for all offers of a response in one batch.")
            .Resolve(context => context.RequestServices!.GetRequiredService<ProviderBatchLoader>().Load(context.Source.Provider.Id));
        Field(x => x.Sector).Description("vocational, higher or adult (vocabulary sectors).");
        Field(x => x.Kind).Description("Form of education, e.g. technikum, kkz (kwalifikacyjny kurs zawodowy), studia-i, szkolenie (vocabulary kinds).");
        Field(x => x.KindLabel).Description("The Polish name of the kind.");
        Field(x => x.Title).Description("Title as the provider gives it.");
        Field(x => x.Description, nullable: true).Description("Sanitised HTML (paragraphs, lists, bold/italic, http(s) links).");
        Field(x => x.LearningOutcomes).Description("What a graduate knows and can do (efekty uczenia się).");
        Field(x => x.AdmissionRequirements, nullable: true).Description("Who may enrol and what is needed.");
        Field(x => x.TargetGroup, nullable: true).Description("Whom the offer is for.");
        Field(x => x.PrkLevel, nullable: true).Description("Polska Rama Kwalifikacji level (1–8), when the offer leads to a qualification.");
        Field(x => x.EqfLevel, nullable: true).Description("European Qualifications Framework level; equals the PRK level.");
        Field(x => x.IscedCodes).Description("ISCED-F 2013 field codes (vocabulary isced).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CodeLabelGraphType>>>>("professions")
            .Description("Vocational professions (zawody: 6-digit codes of the classification of professions) with Polish names.")
            .WithComplexityImpact(1, 2).Resolve(c => c.Source.Professions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CodeLabelGraphType>>>>("qualifications")
            .Description("Vocational qualifications (kwalifikacje, e.g. INF.02) with Polish names.")
            .WithComplexityImpact(1, 2).Resolve(c => c.Source.Qualifications);
        Field(x => x.StudyField, nullable: true).Description("Kierunek studiów (field of study), for higher education.");
        Field(x => x.Disciplines).Description("Scientific disciplines (RAD-on codes), for higher education.");
        Field(x => x.Mode).Description("stacjonarne, niestacjonarne, online or hybrydowe (vocabulary modes).");
        Field(x => x.Languages).Description("Languages of instruction (ISO 639-1).");
        Field<NonNullGraphType<OfferDurationGraphType>>("duration").Description("How long the offer lasts.").Resolve(c => c.Source.Duration);
        Field<NonNullGraphType<OfferCostGraphType>>("cost").Description("Whether it is free, its price and the funding it accepts.").Resolve(c => c.Source.Cost);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfferRunGraphType>>>>("runs")
            .Description("Editions of the offer (terms, nabory) with dates, places and prices, earliest first.")
            .WithComplexityImpact(1, 3).Resolve(c => c.Source.Runs);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfferLocationGraphType>>>>("locations")
            .Description("Where it takes place; empty for online-only offers.")
            .WithComplexityImpact(1, 2).Resolve(c => c.Source.Locations);
        Field(x => x.IsOnline).Description("True when the offer can be followed online.");
        Field(x => x.Certificate, nullable: true).Description("What a graduate receives.");
        Field<NonNullGraphType<OfferContactGraphType>>("contact").Description("Whom to ask.").Resolve(c => c.Source.Contact);
        Field(x => x.Url, nullable: true).Description("The provider's page for the offer.");
        Field(x => x.Status).Description("active, or withdrawn (kept for history; absent from default searches).");
        Field(x => x.Source).Description("How the offer reached the catalogue: demo, feed or api.");
        Field(x => x.IsDemo).Description("True for the demonstration data loaded on first start: not a real offer.");
        Field(x => x.CreatedAt).Description("When the catalogue first stored the offer.");
        Field(x => x.UpdatedAt).Description("When the offer last changed.");
    }
}

internal sealed class CodeLabelGraphType : ObjectGraphType<CodeLabel>
{
    public CodeLabelGraphType()
    {
        Name = "CodeLabel";
        Description = "A vocabulary code with its Polish label.";
        Field(x => x.Code).Description("The code.");
        Field(x => x.Label).Description("The Polish label.");
    }
}

internal sealed class OfferDurationGraphType : ObjectGraphType<OfferDuration>
{
    public OfferDurationGraphType()
    {
        Name = "OfferDuration";
        Description = "Duration in hours (courses) or semesters (schools and studies).";
        Field(x => x.Hours, nullable: true).Description("Teaching hours.");
        Field(x => x.Semesters, nullable: true).Description("Semesters.");
    }
}

internal sealed class OfferCostGraphType : ObjectGraphType<OfferCost>
{
    public OfferCostGraphType()
    {
        Name = "OfferCost";
        Description = "What the offer costs.";
        Field(x => x.IsFree).Description("True when participants pay nothing.");
        Field(x => x.PricePln, nullable: true).Description("The lowest price in PLN across runs; null when free or not stated.");
        Field(x => x.Funding).Description("Funding the offer accepts: kfs, bur, bon, eu (vocabulary funding).");
    }
}

internal sealed class OfferRunGraphType : ObjectGraphType<OfferRunResponse>
{
    public OfferRunGraphType()
    {
        Name = "OfferRun";
        Description = "One edition (term, turnus, nabór) of an offer.";
        Field(x => x.Start, nullable: true).Description("First day.");
        Field(x => x.End, nullable: true).Description("Last day.");
        Field(x => x.EnrolmentDeadline, nullable: true).Description("Last day to enrol.");
        Field(x => x.Places, nullable: true).Description("Number of places.");
        Field(x => x.PricePln, nullable: true).Description("Price of this edition in PLN.");
    }
}

internal sealed class OfferLocationGraphType : ObjectGraphType<OfferLocationResponse>
{
    public OfferLocationGraphType()
    {
        Name = "OfferLocation";
        Description = "A place where the offer runs. Powiat and gmina are Polish administrative units (roughly county and commune).";
        Field(x => x.Address, nullable: true).Description("Street and number.");
        Field(x => x.PostalCode, nullable: true).Description("Postal code.");
        Field(x => x.City).Description("Town.");
        Field(x => x.GminaCode, nullable: true).Description("7-digit TERC code of the gmina.");
        Field(x => x.PowiatCode).Description("4-digit TERYT code of the powiat (vocabulary powiats).");
        Field(x => x.PowiatName).Description("Name of the powiat.");
        Field(x => x.Latitude, nullable: true).Description("WGS84 latitude.");
        Field(x => x.Longitude, nullable: true).Description("WGS84 longitude.");
    }
}

internal sealed class OfferContactGraphType : ObjectGraphType<OfferContact>
{
    public OfferContactGraphType()
    {
        Name = "OfferContact";
        Description = "Contact for questions about the offer.";
        Field(x => x.Email, nullable: true).Description("E-mail address.");
        Field(x => x.Phone, nullable: true).Description("Phone number.");
    }
}
