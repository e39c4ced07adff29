using Catalogue.Api.Providers;
using GraphQL.Types;

namespace Catalogue.Api.GraphQL;

/// <summary>A provider, field for field as REST's <see cref="ProviderResponse"/>.</summary>
internal sealed class ProviderGraphType : ObjectGraphType<ProviderResponse>
{
    public ProviderGraphType()
    {
        Name = "Provider";
        Description = "An institution that publishes offers: a school, a vocational centre (CKZ/CKU), a university, a training firm, an NGO or a public institution.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("Provider id.");
        Field(x => x.Name).Description("Name.");
        Field(x => x.Type).Description("school, vocational-centre, university, training-company, ngo or public-institution (vocabulary provider-types).");
        Field(x => x.TypeLabel).Description("The Polish name of the type.");
        Field<NonNullGraphType<ProviderIdentifiersGraphType>>("identifiers").Description("Official register numbers, where known.").Resolve(c => c.Source.Identifiers);
        Field<NonNullGraphType<ProviderAddressGraphType>>("address").Description("Seat of the provider.").Resolve(c => c.Source.Address);
        Field(x => x.Website, nullable: true).Description("Website.");
        Field(x => x.Email, nullable: true).Description("E-mail address.");
        Field(x => x.Phone, nullable: true).Description("Phone number.");
        Field(x => x.ActiveOffers).Description("How many active offers it publishes.");
        Field(x => x.IsDemo).Description("True for the demonstration data loaded on first start: not a real institution.");
        Field(x => x.UpdatedAt).Description("When the provider's record last changed.");
    }
}

internal sealed class ProviderIdentifiersGraphType : ObjectGraphType<ProviderIdentifiers>
{
    public ProviderIdentifiersGraphType()
    {
        Name = "ProviderIdentifiers";
        Description = "Register numbers of a provider.";
        Field(x => x.Regon, nullable: true).Description("REGON (Polish business register number).");
        Field(x => x.Nip, nullable: true).Description("NIP (Polish tax number).");
        Field(x => x.Rspo, nullable: true).Description("RSPO id (register of schools and educational institutions).");
    }
}

internal sealed class ProviderAddressGraphType : ObjectGraphType<ProviderAddress>
{
    public ProviderAddressGraphType()
    {
        Name = "ProviderAddress";
        Description = "Postal address and position of a provider's seat.";
        Field(x => x.Street, nullable: true).Description("Street and number.");
        Field(x => x.PostalCode, nullable: true).Description("Postal code.");
        Field(x => x.City, nullable: true).Description("Town.");
        Field(x => x.PowiatCode, nullable: true).Description("4-digit TERYT code of the powiat.");
        Field(x => x.PowiatName, nullable: true).Description("Name of the powiat.");
        Field(x => x.Latitude, nullable: true).Description("WGS84 latitude.");
        Field(x => x.Longitude, nullable: true).Description("WGS84 longitude.");
    }
}
