using System.Collections.Concurrent;
using System.Collections.ObjectModel;
using System.Diagnostics;
using System.IO.Compression;
using Lucene.Net.Analysis.Hunspell;
using Lucene.Net.Util;

namespace Catalogue.Search.Morphology;

/// <summary>
/// The dictionary lemmas of one Polish word, from the bundled folded copy of Debian's pl_PL Hunspell dictionary
/// (<c>pl_PL.folded.*.gz</c>, see <c>NOTICE-pl_PL.md</c>). Input and output are lower-case and folded
/// (<see cref="PolishFolding.Fold"/>), so "ksiegowosci" and "księgowości" both give <c>ksiegowosc</c>.
/// </summary>
/// <remarks>
/// Every stem is kept (ambiguity costs little; choosing the longest picks wrong ones: kursy → kursy). A word the
/// dictionary does not know has no lemmas. Hunspell strips the negating <c>nie-</c> (niestacjonarne → stacjonarny); it is
/// put back, since a catalogue must not answer "stacjonarne" with "niestacjonarne". Loading takes about a second and
/// 2 MiB, so there is one instance per process (<see cref="Shared"/>); stemming costs 10–45 µs a word, so a bounded
/// per-word cache sits in front (real text repeats words). Thread-safe. The bundled files are UTF-8, so unlike Debian's
/// ISO-8859-2 originals they load without registering <c>CodePagesEncodingProvider</c>.
/// </remarks>
public sealed class PolishLemmatizer
{
    private const string AffixResource = "morphology/pl_PL.folded.aff.gz";
    private const string DictionaryResource = "morphology/pl_PL.folded.dic.gz";

    /// <summary>
    /// Distinct words remembered (about 7 MB at most); past this the cache starts again. The demo region's texts have
    /// 2,400 distinct words, a real catalogue's vocabulary tens of thousands.
    /// </summary>
    internal const int CacheCapacity = 50_000;

    /// <summary>Longer tokens are not Polish words (codes, URLs, glued text), and stemming cost grows with length.</summary>
    private const int MaxWordLength = 40;

    private static readonly Lazy<PolishLemmatizer> s_shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary _dictionary;
    /// <summary>Stemmers not in use: one is not thread-safe, and only cache misses need one.</summary>
    private readonly ConcurrentBag<HunspellStemmer> _stemmers = [];
    private readonly ConcurrentDictionary<string, string[]> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _capacity;
    private int _cached;

    private PolishLemmatizer(Dictionary dictionary, TimeSpan loadTime, int cacheCapacity)
    {
        _dictionary = dictionary;
        _capacity = cacheCapacity;
        _lookup = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
        LoadTime = loadTime;
    }

    /// <summary>The process-wide instance, loaded on first use (about a second; see <see cref="BeginLoading"/>).</summary>
    public static PolishLemmatizer Shared => s_shared.Value;

    /// <summary>
    /// Starts loading <see cref="Shared"/> on the thread pool and returns at once, so a host can call it at start-up and its
    /// first search does not wait for the dictionary. Safe to call any number of times; a failure surfaces on first use.
    /// </summary>
    public static void BeginLoading()
    {
        if (!s_shared.IsValueCreated) ThreadPool.QueueUserWorkItem(static _ => { try { _ = s_shared.Value; } catch (Exception) { /* rethrown by Shared */ } });
    }

    /// <summary>How long this instance took to load its dictionary (decompression, affix parsing, the word FST).</summary>
    public TimeSpan LoadTime { get; }

    /// <summary>
    /// The folded lemmas of one lower-case folded <paramref name="word"/>, in the dictionary's order;
    /// empty when the dictionary does not know the word.
    /// </summary>
    public IReadOnlyList<string> Lemmas(string word)
    {
        var lemmas = Lemmas(word.AsSpan());
        return lemmas.Length == 0 ? ReadOnlyCollection<string>.Empty : Array.AsReadOnly(lemmas);
    }

    /// <summary>The cached array itself (callers must not change it): the token filter's path, allocation-free on a hit.</summary>
    internal string[] Lemmas(ReadOnlySpan<char> word)
    {
        if (_lookup.TryGetValue(word, out var cached)) return cached;
        var text = word.ToString();
        var lemmas = Stem(text);
        // Clearing (rather than evicting one by one) keeps hits lock-free; the frequent words come straight back.
        if (Interlocked.Increment(ref _cached) > _capacity)
        {
            _cache.Clear();
            Interlocked.Exchange(ref _cached, 1);   // the word added below
        }
        _cache.TryAdd(text, lemmas);
        return lemmas;
    }

    /// <summary>Another lemmatizer over this one's dictionary (no second load) with its own, empty cache of the given bound.</summary>
    internal PolishLemmatizer WithCacheCapacity(int cacheCapacity) => new(_dictionary, LoadTime, cacheCapacity);

    /// <summary>Words in the cache now (tests and the bench).</summary>
    internal int CachedWords => _cache.Count;

    private string[] Stem(string word)
    {
        if (word.Length is 0 or > MaxWordLength) return [];
        var buffer = word.ToCharArray();
        if (!_stemmers.TryTake(out var stemmer)) stemmer = new HunspellStemmer(_dictionary);
        try
        {
            return Lemmas(word, stemmer.UniqueStems(buffer, buffer.Length));
        }
        finally
        {
            // Only now: the stems may point into the stemmer's scratch buffers.
            _stemmers.Add(stemmer);
        }
    }

    private static string[] Lemmas(string word, IList<CharsRef> stems)
    {
        if (stems.Count == 0) return [];
        var negated = word.Length > 3 && word.StartsWith("nie", StringComparison.Ordinal);
        var lemmas = new List<string>(stems.Count);
        foreach (var stem in stems)
        {
            var lemma = stem.ToString();
            if (negated && !lemma.StartsWith("nie", StringComparison.Ordinal)) lemma = "nie" + lemma;
            if (lemma == word) lemma = word;   // one string instance for the common "its own lemma" case
            if (!lemmas.Contains(lemma)) lemmas.Add(lemma);
        }
        return [.. lemmas];
    }

    /// <summary>
    /// Writes the folded dictionary, uncompressed, as <c>pl_PL.aff</c> and <c>pl_PL.dic</c> in <paramref name="directory"/>
    /// (created if missing): an Elasticsearch node reads them from <c>config/hunspell/pl_PL/</c>, so both engines stem alike.
    /// </summary>
    public static void WriteDictionary(string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var (resource, file) in new[] { (AffixResource, "pl_PL.aff"), (DictionaryResource, "pl_PL.dic") })
        {
            using var source = OpenResource(resource);
            using var target = File.Create(Path.Combine(directory, file));
            source.CopyTo(target);
        }
    }

    /// <summary>
    /// A new instance with its own dictionary; use <see cref="Shared"/>. Lucene copies the affix file and sorts the words
    /// through uniquely named files in the temp directory, so parallel loads (test hosts, processes) do not collide.
    /// </summary>
    internal static PolishLemmatizer Load()
    {
        var watch = Stopwatch.StartNew();
        using var affix = OpenResource(AffixResource);
        using var words = OpenResource(DictionaryResource);
        var dictionary = new Dictionary(affix, [words], ignoreCase: true);
        return new PolishLemmatizer(dictionary, watch.Elapsed, CacheCapacity);
    }

    private static GZipStream OpenResource(string name) =>
        new(typeof(PolishLemmatizer).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The resource {name} is missing from Catalogue.Schema (regenerate with: dotnet run --project bench -- hunspell-fold)."),
            CompressionMode.Decompress);
}
