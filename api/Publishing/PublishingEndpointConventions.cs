using Catalogue.Api.Publishing;
namespace Catalogue.Api.Publishing;

internal static class PublishingEndpointConventions
{
    /// <summary>The answers every protected route can give, documented once.</summary>
    public static RouteGroupBuilder WithPublishingProblems(this RouteGroupBuilder group)
    {
        group.ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return group;
    }
}
