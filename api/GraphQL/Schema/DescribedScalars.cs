using GraphQL.Types;

namespace Catalogue.Api.GraphQL;

/// <summary>GraphQL.NET's Decimal with a description: every type in the committed SDL says what it holds.</summary>
internal sealed class DescribedDecimalGraphType : DecimalGraphType
{
    public DescribedDecimalGraphType()
    {
        Name = "Decimal";
        Description = "An exact decimal number, e.g. a price in PLN such as 1250.50.";
    }
}

/// <summary>GraphQL.NET's Long with a description.</summary>
internal sealed class DescribedLongGraphType : LongGraphType
{
    public DescribedLongGraphType()
    {
        Name = "Long";
        Description = "A 64-bit whole number, e.g. a count of offers.";
    }
}
