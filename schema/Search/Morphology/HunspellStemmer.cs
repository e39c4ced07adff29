using System.Linq.Expressions;
using System.Reflection;
using Lucene.Net.Analysis.Hunspell;
using Lucene.Net.Util;

namespace Catalogue.Search.Morphology;

/// <summary>
/// One thread's handle on Lucene.Net's Hunspell <c>Stemmer</c>, which is internal in 4.8.0-beta00017. The public route,
/// <see cref="HunspellStemFilter"/>, passes an unknown word through unchanged, so "kurs" (known, its own stem) and
/// "frontend" (unknown) look the same; the lemmatizer must tell them apart. The stemmer keeps scratch buffers, so it is
/// not thread-safe: one per thread. The package version is pinned centrally; if an upgrade moves the type, loading fails
/// with this message and the lemmatizer tests fail.
/// </summary>
internal sealed class HunspellStemmer(Dictionary dictionary)
{
    private static readonly Func<Dictionary, object> s_create;
    private static readonly Func<object, char[], int, IList<CharsRef>> s_uniqueStems;

    private readonly object _stemmer = s_create(dictionary);

    static HunspellStemmer()
    {
        var type = typeof(Dictionary).Assembly.GetType("Lucene.Net.Analysis.Hunspell.Stemmer");
        var constructor = type?.GetConstructor([typeof(Dictionary)]);
        var uniqueStems = type?.GetMethod("UniqueStems", BindingFlags.Public | BindingFlags.Instance, [typeof(char[]), typeof(int)]);
        if (type is null || constructor is null || uniqueStems is null || uniqueStems.ReturnType != typeof(IList<CharsRef>))
            throw new InvalidOperationException("Lucene.Net.Analysis.Hunspell.Stemmer(Dictionary).UniqueStems(char[], int) is not where Lucene.Net 4.8.0-beta00017 has it; see HunspellStemmer.");

        var dictionaryParameter = Expression.Parameter(typeof(Dictionary));
        s_create = Expression.Lambda<Func<Dictionary, object>>(Expression.New(constructor, dictionaryParameter), dictionaryParameter).Compile();
        var stemmer = Expression.Parameter(typeof(object));
        var buffer = Expression.Parameter(typeof(char[]));
        var length = Expression.Parameter(typeof(int));
        var call = Expression.Call(Expression.Convert(stemmer, type), uniqueStems, buffer, length);
        s_uniqueStems = Expression.Lambda<Func<object, char[], int, IList<CharsRef>>>(call, stemmer, buffer, length).Compile();
    }

    /// <summary>Every distinct stem of the first <paramref name="length"/> chars of <paramref name="word"/>; empty when the dictionary does not know it.</summary>
    public IList<CharsRef> UniqueStems(char[] word, int length) => s_uniqueStems(_stemmer, word, length);
}
