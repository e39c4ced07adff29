using GraphQL;

namespace Catalogue.Api.GraphQL;

/// <summary>A bad argument value: the GraphQL counterpart of REST's 400 naming the parameter.</summary>
internal sealed class GraphQLInputError : ExecutionError
{
    public GraphQLInputError(string argument, string message) : base($"{argument}: {message}")
    {
        Code = GraphQLErrorCodes.BadUserInput;
        Data["argument"] = argument;
    }
}
