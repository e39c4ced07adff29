namespace Catalogue.Tests.Search;

public sealed class LuceneSearchConformanceTests(LuceneSearchCatalogueFixture fixture)
    : SearchConformanceTests<LuceneSearchCatalogueFixture>(fixture), IClassFixture<LuceneSearchCatalogueFixture>;

public sealed class LuceneSearchFilterConformanceTests(LuceneSearchCatalogueFixture fixture)
    : SearchFilterConformanceTests<LuceneSearchCatalogueFixture>(fixture), IClassFixture<LuceneSearchCatalogueFixture>;
