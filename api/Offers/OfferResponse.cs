namespace Catalogue.Api.Offers;

/// <summary>A learning offer as the public API shows it.</summary>
/// <param name="Id">Stable public id, derived from the provider and its own id for the offer.</param>
/// <param name="ExternalId">The provider's own id for the offer.</param>
/// <param name="Provider">Who runs the offer.</param>
/// <param name="Sector">vocational, higher or adult (vocabulary <c>sectors</c>).</param>
/// <param name="Kind">Form of education, e.g. technikum, kkz, studia-i, szkolenie (vocabulary <c>kinds</c>).</param>
/// <param name="KindLabel">The Polish name of the kind.</param>
/// <param name="Title">Title as the provider gives it.</param>
/// <param name="Description">Sanitised HTML (paragraphs, lists, bold/italic, http(s) links).</param>
/// <param name="LearningOutcomes">What a graduate knows and can do (efekty uczenia się).</param>
/// <param name="AdmissionRequirements">Who may enrol and what is needed.</param>
/// <param name="TargetGroup">Whom the offer is for.</param>
/// <param name="PrkLevel">Polska Rama Kwalifikacji level (1–8), when the offer leads to a qualification.</param>
/// <param name="EqfLevel">European Qualifications Framework level; equals the PRK level.</param>
/// <param name="IscedCodes">ISCED-F 2013 field codes (vocabulary <c>isced</c>).</param>
/// <param name="Professions">Vocational professions (6-digit codes of the classification of professions).</param>
/// <param name="Qualifications">Vocational qualifications, e.g. INF.02.</param>
/// <param name="StudyField">Kierunek studiów, for higher education.</param>
/// <param name="Disciplines">Scientific disciplines (RAD-on codes), for higher education.</param>
/// <param name="Mode">stacjonarne, niestacjonarne, online or hybrydowe (vocabulary <c>modes</c>).</param>
/// <param name="Languages">Languages of instruction (ISO 639-1).</param>
/// <param name="Duration">How long the offer lasts.</param>
/// <param name="Cost">Whether it is free, its price and the funding it accepts.</param>
/// <param name="Runs">Editions of the offer (terms, nabory) with dates, places and prices.</param>
/// <param name="Locations">Where it takes place; empty for online-only offers.</param>
/// <param name="IsOnline">True when the offer can be followed online.</param>
/// <param name="Certificate">What a graduate receives.</param>
/// <param name="Contact">Whom to ask.</param>
/// <param name="Url">The provider's page for the offer.</param>
/// <param name="Status">active, or withdrawn (kept for history; absent from default lists).</param>
/// <param name="Source">How the offer reached the catalogue: demo, feed or api.</param>
/// <param name="IsDemo">True for the demonstration data loaded on first start: not a real offer.</param>
/// <param name="CreatedAt">When the catalogue first stored the offer.</param>
/// <param name="UpdatedAt">When the offer last changed.</param>
/// <param name="Highlights">In search results with q: HTML-safe snippets of title and description with matched words in &lt;mark&gt;.</param>
/// <param name="DistanceKm">In search results with near/nearTown: kilometres to the offer's nearest location.</param>
public sealed record OfferResponse(
    string Id, string ExternalId, ProviderReference Provider, string Sector, string Kind, string KindLabel, string Title,
    string? Description, IReadOnlyList<string> LearningOutcomes, string? AdmissionRequirements, string? TargetGroup,
    int? PrkLevel, int? EqfLevel, IReadOnlyList<string> IscedCodes, IReadOnlyList<CodeLabel> Professions,
    IReadOnlyList<CodeLabel> Qualifications, string? StudyField, IReadOnlyList<string> Disciplines, string Mode,
    IReadOnlyList<string> Languages, OfferDuration Duration, OfferCost Cost, IReadOnlyList<OfferRunResponse> Runs,
    IReadOnlyList<OfferLocationResponse> Locations, bool IsOnline, string? Certificate, OfferContact Contact, string? Url,
    string Status, string Source, bool IsDemo, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    IReadOnlyDictionary<string, string>? Highlights = null, double? DistanceKm = null);

/// <summary>The provider of an offer, in short.</summary>
/// <param name="Id">Provider id.</param>
/// <param name="Name">Provider name.</param>
/// <param name="Type">Provider type (vocabulary <c>provider-types</c>).</param>
public sealed record ProviderReference(string Id, string Name, string Type);

/// <summary>A vocabulary code with its Polish label.</summary>
/// <param name="Code">The code.</param>
/// <param name="Label">The Polish label.</param>
public sealed record CodeLabel(string Code, string Label);

/// <summary>Duration in hours (courses) or semesters (schools and studies).</summary>
/// <param name="Hours">Teaching hours.</param>
/// <param name="Semesters">Semesters.</param>
public sealed record OfferDuration(int? Hours, int? Semesters);

/// <summary>What the offer costs.</summary>
/// <param name="IsFree">True when participants pay nothing.</param>
/// <param name="PricePln">The lowest price in PLN across runs; absent when free or not stated.</param>
/// <param name="Funding">Funding the offer accepts: kfs, bur, bon, eu (vocabulary <c>funding</c>).</param>
public sealed record OfferCost(bool IsFree, decimal? PricePln, IReadOnlyList<string> Funding);

/// <summary>One edition of an offer.</summary>
/// <param name="Start">First day.</param>
/// <param name="End">Last day.</param>
/// <param name="EnrolmentDeadline">Last day to enrol.</param>
/// <param name="Places">Number of places.</param>
/// <param name="PricePln">Price of this edition in PLN.</param>
public sealed record OfferRunResponse(DateOnly? Start, DateOnly? End, DateOnly? EnrolmentDeadline, int? Places, decimal? PricePln);

/// <summary>A place where the offer runs.</summary>
/// <param name="Address">Street and number.</param>
/// <param name="PostalCode">Postal code.</param>
/// <param name="City">Town.</param>
/// <param name="GminaCode">7-digit TERC code of the gmina.</param>
/// <param name="PowiatCode">4-digit TERYT code of the powiat (vocabulary <c>powiats</c>).</param>
/// <param name="PowiatName">Name of the powiat.</param>
/// <param name="Latitude">WGS84 latitude.</param>
/// <param name="Longitude">WGS84 longitude.</param>
public sealed record OfferLocationResponse(
    string? Address, string? PostalCode, string City, string? GminaCode, string PowiatCode, string PowiatName, double? Latitude, double? Longitude);

/// <summary>Contact for questions about the offer.</summary>
/// <param name="Email">E-mail address.</param>
/// <param name="Phone">Phone number.</param>
public sealed record OfferContact(string? Email, string? Phone);
