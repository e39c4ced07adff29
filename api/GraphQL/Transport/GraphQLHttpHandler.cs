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
/// Limits are checked in order of cost: body size while reading, document size before parsing, aliases, operations,
/// fragment cycles, fields and depth on the syntax tree before validation (<see cref="DocumentLimits"/>), cost in
/// validation. One deadline, <see cref="GraphQLOptions.ExecutionTimeout"/> linked to <c>RequestAborted</c>, is
/// observed by every phase: reading, parsing, our checks, validation and execution.
/// </summary>
internal sealed class GraphQLHttpHandler(
    IDocumentExecuter<CatalogueSchema> executer, IGraphQLTextSerializer serializer, IOptions<GraphQLOptions> options, CatalogueRateLimiter limiter)
{
    private readonly GraphQLOptions _limits = options.Value;

    public Task HandleGetAsync(HttpContext context) => WithDeadlineAsync(context, HandleGetAsync);

    public Task HandlePostAsync(HttpContext context) => WithDeadlineAsync(context, HandlePostAsync);

    /// <summary>
    /// Runs one HTTP request under its deadline: the timeout or the client going away cancels whatever phase is
    /// running. A timeout is answered 504 TIMEOUT; a client that went away gets nothing.
    /// </summary>
    private async Task WithDeadlineAsync(HttpContext context, Func<HttpContext, CancellationToken, Task> handle)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        deadline.CancelAfter(_limits.ExecutionTimeout);
        try
        {
            await handle(context, deadline.Token);
        }
        catch (OperationCanceledException) when (TimedOut(context, deadline.Token) && !context.Response.HasStarted)
        {
            await WriteAsync(context, Failed(TimeoutFailure()));
        }
    }

    private static bool TimedOut(HttpContext context, CancellationToken deadline) =>
        deadline.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested;

    private GraphQLFailure TimeoutFailure() => new(StatusCodes.Status504GatewayTimeout, GraphQLErrorCodes.Timeout,
        $"The request took longer than {_limits.ExecutionTimeout.TotalSeconds:0.###} s and was stopped.");

    private async Task HandleGetAsync(HttpContext context, CancellationToken cancellation)
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
        var (result, status, cost) = await ExecuteAsync(context, request, isGet: true, cancellation);
        if (await OverBudgetAsync(context, cost)) return;
        await WriteAsync(context, result, status);
    }

    private async Task HandlePostAsync(HttpContext context, CancellationToken cancellation)
    {
        if (!GraphQLMediaTypes.IsJson(context.Request.ContentType))
        {
            await WriteAsync(context, Failed(new GraphQLFailure(StatusCodes.Status415UnsupportedMediaType, GraphQLErrorCodes.UnsupportedMediaType,
                "POST a JSON body with Content-Type: application/json.")));
            return;
        }
        var body = await Security.LimitedBody.ReadAsync(context.Request, _limits.MaxRequestBytes, cancellation);
        if (body is null)
        {
            await WriteAsync(context, Failed(new GraphQLFailure(StatusCodes.Status413PayloadTooLarge, GraphQLErrorCodes.DocumentTooLarge,
                $"The request body exceeds {_limits.MaxRequestBytes:N0} bytes.")));
            return;
        }
        if (GraphQLRequestBody.SyntaxError(body) is { } syntaxError)
        {
            await WriteAsync(context, Failed(GraphQLFailure.BadRequest(GraphQLErrorCodes.BadRequest, syntaxError)));
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
            await HandleBatchAsync(context, requests, cancellation);
            return;
        }
        var (result, status, cost) = await ExecuteAsync(context, requests[0], isGet: false, cancellation);
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

    private async Task HandleBatchAsync(HttpContext context, GraphQLRequest[] requests, CancellationToken cancellation)
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
            var (result, _, cost) = await ExecuteAsync(context, request, isGet: false, cancellation);
            results.Add(result);
            total += cost;
        }
        if (await OverBudgetAsync(context, total)) return;
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = GraphQLMediaTypes.ResponseType(context.Request);
        await serializer.WriteAsync(context.Response.Body, results, context.RequestAborted);
    }

    /// <summary>One request of the HTTP request (a batch has several); a timeout keeps the cost validation found.</summary>
    private async Task<(ExecutionResult Result, int Status, int Cost)> ExecuteAsync(HttpContext context, GraphQLRequest request, bool isGet, CancellationToken cancellation)
    {
        var userContext = new GraphQLRequestContext();
        try
        {
            return await ExecuteAsync(context, request, isGet, userContext, cancellation);
        }
        catch (OperationCanceledException) when (TimedOut(context, cancellation))
        {
            var (result, status, _) = Failed(TimeoutFailure());
            return (result, status, userContext.Cost);
        }
    }

    private async Task<(ExecutionResult Result, int Status, int Cost)> ExecuteAsync(
        HttpContext context, GraphQLRequest request, bool isGet, GraphQLRequestContext userContext, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        if (string.IsNullOrWhiteSpace(request.Query))
            return Failed(GraphQLFailure.BadRequest(GraphQLErrorCodes.BadRequest, "The request has no query."));
        if (request.Query.Length > _limits.MaxDocumentBytes && Encoding.UTF8.GetByteCount(request.Query) > _limits.MaxDocumentBytes)
            return Failed(new GraphQLFailure(StatusCodes.Status413PayloadTooLarge, GraphQLErrorCodes.DocumentTooLarge,
                $"The document exceeds {_limits.MaxDocumentBytes:N0} bytes."));

        GraphQLDocument document;
        try
        {
            // Synchronous and without a token, but bounded: at most MaxDocumentBytes of text, checked just above.
            document = GraphQLParser.Parser.Parse(request.Query, new GraphQLParser.ParserOptions { Ignore = GraphQLParser.IgnoreOptions.Comments });
        }
        catch (GraphQLParserException exception)
        {
            return Failed(GraphQLFailure.BadRequest(GraphQLErrorCodes.ParseFailed, exception.Message));
        }
        cancellation.ThrowIfCancellationRequested();
        if (DocumentLimits.Check(document, _limits, cancellation) is { } refused) return Failed(refused);
        if (isGet && SelectedOperation(document, request.OperationName) is { Operation: not OperationType.Query })
        {
            context.Response.Headers.Allow = "POST";
            return Failed(new GraphQLFailure(StatusCodes.Status405MethodNotAllowed, GraphQLErrorCodes.MethodNotAllowed, "Only queries may be sent with GET; POST mutations."));
        }

        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = context.RequestServices,
            UserContext = userContext,
            // Validation (the cost analysis included) and execution stop at the deadline: GraphQL.NET rethrows its cancellation.
            CancellationToken = cancellation,
        });
        return (result, result.Executed ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest, userContext.Cost);
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
