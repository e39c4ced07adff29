using System.Text;
using Catalogue.Api.Publishing;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Catalogue.Api.GraphQL;

/// <summary>
/// The GraphQL-over-HTTP transport: GET with <c>query</c>/<c>variables</c>/<c>operationName</c>, POST with
/// <c>application/json</c> (one request, or a batch of up to <see cref="GraphQLOptions.MaxBatchSize"/>).
/// Limits are checked in order of cost: body size while reading, document size before parsing, aliases, operations
/// and depth on the syntax tree before validation, cost in validation, time during execution.
/// </summary>
internal sealed class GraphQLHttpHandler(
    IDocumentExecuter<CatalogueSchema> executer, IGraphQLTextSerializer serializer, IOptions<GraphQLOptions> options, CatalogueRateLimiter limiter)
{
    private readonly GraphQLOptions _limits = options.Value;

    public async Task HandleGetAsync(HttpContext context)
    {
        var query = context.Request.Query;
        if (!query.ContainsKey("query") && GraphQLMediaTypes.PrefersHtml(context.Request))
        {
            await GraphiQLPage.WriteAsync(context);
            return;
        }
        Inputs? variables = null, extensions = null;
        try
        {
            variables = Read(query["variables"]);
            extensions = Read(query["extensions"]);
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or FormatException or InvalidOperationException)
        {
            await WriteAsync(context, Failed(GraphQLFailure.BadRequest(GraphQLErrorCodes.BadRequest, "variables and extensions must be JSON objects.")));
            return;
        }
        var request = new GraphQLRequest { Query = query["query"], OperationName = query["operationName"], Variables = variables, Extensions = extensions };
        var (result, status, cost) = await ExecuteAsync(context, request, isGet: true);
        if (await OverBudgetAsync(context, cost)) return;
        await WriteAsync(context, result, status);
    }

    public async Task HandlePostAsync(HttpContext context)
    {
        if (!GraphQLMediaTypes.IsJson(context.Request.ContentType))
        {
            await WriteAsync(context, Failed(new GraphQLFailure(StatusCodes.Status415UnsupportedMediaType, GraphQLErrorCodes.UnsupportedMediaType,
                "POST a JSON body with Content-Type: application/json.")));
            return;
        }
        var body = await Security.LimitedBody.ReadAsync(context.Request, _limits.MaxRequestBytes, context.RequestAborted);
        if (body is null)
        {
            await WriteAsync(context, Failed(new GraphQLFailure(StatusCodes.Status413PayloadTooLarge, GraphQLErrorCodes.DocumentTooLarge,
                $"The request body exceeds {_limits.MaxRequestBytes:N0} bytes.")));
            return;
        }
        GraphQLRequest[] requests;
        var batch = GraphQLRequestBody.IsBatch(body);
        try
        {
            var json = Encoding.UTF8.GetString(body);
            requests = batch ? serializer.Deserialize<GraphQLRequest[]>(json) ?? [] : [serializer.Deserialize<GraphQLRequest>(json) ?? new GraphQLRequest()];
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or FormatException or InvalidOperationException or NotSupportedException)
        {
            await WriteAsync(context, Failed(GraphQLFailure.BadRequest(GraphQLErrorCodes.BadRequest, "The body is not a GraphQL request: a JSON object with query, variables and operationName.")));
            return;
        }
        if (batch)
        {
            await HandleBatchAsync(context, requests);
            return;
        }
        var (result, status, cost) = await ExecuteAsync(context, requests[0], isGet: false);
        if (await OverBudgetAsync(context, cost)) return;
        await WriteAsync(context, result, status);
    }

    /// <summary>
    /// A GraphQL request costs the rate limit by its complexity, not 1: the cost (known after validation) is charged to
    /// the caller's read budget; over budget, the answer is the same 429 as REST gives, and the result is not sent.
    /// </summary>
    private async Task<bool> OverBudgetAsync(HttpContext context, int cost)
    {
        context.Features.Set(new GraphQLCostFeature(cost));
        if (await limiter.TryChargeGraphQLCostAsync(context, cost, context.RequestAborted) is not { } rejected) return false;
        await rejected.ExecuteAsync(context);
        return true;
    }

    private async Task HandleBatchAsync(HttpContext context, GraphQLRequest[] requests)
    {
        if (requests.Length == 0 || requests.Length > _limits.MaxBatchSize)
        {
            var message = _limits.MaxBatchSize == 0 ? "Batching is turned off: send one request per POST."
                : $"A batch holds 1 to {_limits.MaxBatchSize} requests; this one has {requests.Length}.";
            await WriteAsync(context, Failed(GraphQLFailure.BadRequest(GraphQLErrorCodes.BatchTooLarge, message)));
            return;
        }
        var results = new List<ExecutionResult>(requests.Length);
        var total = 0;
        foreach (var request in requests)
        {
            var (result, _, cost) = await ExecuteAsync(context, request, isGet: false);
            results.Add(result);
            total += cost;
        }
        if (await OverBudgetAsync(context, total)) return;
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = GraphQLMediaTypes.ResponseType(context.Request);
        await serializer.WriteAsync(context.Response.Body, results, context.RequestAborted);
    }

    private async Task<(ExecutionResult Result, int Status, int Cost)> ExecuteAsync(HttpContext context, GraphQLRequest request, bool isGet)
    {
        if (string.IsNullOrWhiteSpace(request.Query))
            return Failed(GraphQLFailure.BadRequest(GraphQLErrorCodes.BadRequest, "The request has no query."));
        if (request.Query.Length > _limits.MaxDocumentBytes && Encoding.UTF8.GetByteCount(request.Query) > _limits.MaxDocumentBytes)
            return Failed(new GraphQLFailure(StatusCodes.Status413PayloadTooLarge, GraphQLErrorCodes.DocumentTooLarge,
                $"The document exceeds {_limits.MaxDocumentBytes:N0} bytes."));

        GraphQLDocument document;
        try
        {
            document = GraphQLParser.Parser.Parse(request.Query, new GraphQLParser.ParserOptions { Ignore = GraphQLParser.IgnoreOptions.Comments });
        }
        catch (GraphQLParserException exception)
        {
            return Failed(GraphQLFailure.BadRequest(GraphQLErrorCodes.ParseFailed, exception.Message));
        }
        if (DocumentLimits.Check(document, _limits) is { } refused) return Failed(refused);
        if (isGet && SelectedOperation(document, request.OperationName) is { Operation: not OperationType.Query })
        {
            context.Response.Headers.Allow = "POST";
            return Failed(new GraphQLFailure(StatusCodes.Status405MethodNotAllowed, GraphQLErrorCodes.MethodNotAllowed, "Only queries may be sent with GET; POST mutations."));
        }

        var userContext = new GraphQLRequestContext();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = context.RequestServices,
            UserContext = userContext,
            CancellationToken = context.RequestAborted,
        });
        var cost = userContext.Cost;
        var status = result.Errors?.Any(e => e.Code == GraphQLErrorCodes.Timeout) == true && result.Data is null ? StatusCodes.Status504GatewayTimeout
            : !result.Executed ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        return (result, status, cost);
    }

    private static GraphQLOperationDefinition? SelectedOperation(GraphQLDocument document, string? name) =>
        document.Definitions.OfType<GraphQLOperationDefinition>()
            .FirstOrDefault(op => string.IsNullOrEmpty(name) || op.Name?.StringValue == name);

    private Inputs? Read(string? json) => string.IsNullOrWhiteSpace(json) ? null : serializer.Deserialize<Inputs>(json);

    private static (ExecutionResult Result, int Status, int Cost) Failed(GraphQLFailure failure) =>
        (new ExecutionResult { Errors = [new ExecutionError(failure.Message) { Code = failure.Code }] }, failure.Status, 0);

    private Task WriteAsync(HttpContext context, (ExecutionResult Result, int Status, int Cost) outcome) =>
        WriteAsync(context, outcome.Result, outcome.Status);

    private async Task WriteAsync(HttpContext context, ExecutionResult result, int status)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = GraphQLMediaTypes.ResponseType(context.Request);
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }
}
