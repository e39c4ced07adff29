namespace Catalogue.Indexer.Demo;

/// <summary>
/// A course an adult-learning provider can run: title, kind, ISCED field, typical length and price range, allowed
/// modes ("s" stacjonarne, "n" niestacjonarne, "o" online, "h" hybrydowe), certificate, a lead sentence and outcomes.
/// A price range of 0–0 means the course is always free (libraries, NGOs).
/// </summary>
internal sealed record CourseTemplate(
    string Topic, string Tag, string Title, string Kind, string Isced, int MinHours, int MaxHours, int MinPrice, int MaxPrice,
    string Modes, string Certificate, string Lead, string[] Outcomes)
{
    public string[] Languages { get; init; } = ["pl"];
    public string? Target { get; init; }
}

/// <summary>The course catalogue of the demo, by topic; split across files by area (technical, office, personal).</summary>
internal static partial class DemoCourses
{
    public static IEnumerable<CourseTemplate> All => Technical.Concat(Office).Concat(Personal);

    public static List<CourseTemplate> ForTopics(IReadOnlyList<string> topics) => All.Where(t => topics.Contains(t.Topic)).ToList();

    /// <summary>Who a topic is for and what it asks of participants, unless the course says otherwise.</summary>
    public static (string Target, string Requirements) Defaults(string topic) => topic switch
    {
        "weld" => ("Osoby dorosłe chcące pracować jako spawacz, także bez doświadczenia", "Ukończone 18 lat, zaświadczenie lekarskie o braku przeciwwskazań do pracy spawacza."),
        "electric" => ("Elektrycy, monterzy i osoby przygotowujące się do egzaminu kwalifikacyjnego", "Ukończone 18 lat; podstawowa wiedza z elektrotechniki."),
        "construction" => ("Osoby chcące pracować w budownictwie i wykończeniówce", "Ukończone 18 lat, dobry stan zdrowia."),
        "forklift" => ("Pracownicy magazynów, centrów logistycznych i produkcji", "Ukończone 18 lat, wykształcenie co najmniej podstawowe, zaświadczenie lekarskie."),
        "driving" => ("Kandydaci na kierowców zawodowych", "Prawo jazdy odpowiedniej kategorii, badania lekarskie i psychologiczne."),
        "accounting" => ("Osoby planujące pracę w księgowości oraz właściciele małych firm", "Wykształcenie co najmniej średnie."),
        "it" => ("Osoby dorosłe chcące rozwinąć kompetencje cyfrowe lub zmienić zawód", "Podstawowa obsługa komputera."),
        "office" => ("Pracownicy biurowi, asystenci i osoby wracające na rynek pracy", "Podstawowa obsługa komputera."),
        "business" => ("Osoby planujące własną działalność oraz pracownicy małych firm", "Brak wymagań wstępnych."),
        "hair" => ("Osoby chcące pracować w salonie fryzjerskim lub kosmetycznym", "Ukończone 18 lat."),
        "language" => ("Dorośli uczący się języka do pracy i na co dzień", "Test poziomujący przed zapisem."),
        "polish" => ("Cudzoziemcy mieszkający w regionie łódzkim, w tym osoby z Ukrainy", "Brak wymagań; zajęcia od podstaw."),
        "care" => ("Osoby chcące pracować jako opiekun w Polsce lub za granicą", "Ukończone 18 lat, empatia i dobra kondycja."),
        "firstaid" => ("Pracownicy, nauczyciele, rodzice i wszyscy chętni", "Brak wymagań."),
        "addiction" => ("Rodzice, nauczyciele, pedagodzy i osoby szukające wsparcia", "Brak wymagań; udział jest poufny."),
        "catering" => ("Osoby chcące pracować w gastronomii", "Ukończone 18 lat, aktualne orzeczenie do celów sanitarno-epidemiologicznych."),
        "seniors" => ("Seniorzy i osoby dorosłe stawiające pierwsze kroki w świecie cyfrowym", "Brak wymagań."),
        "careers" => ("Osoby planujące zmianę pracy lub powrót na rynek pracy", "Brak wymagań."),
        _ => ("Osoby dorosłe", "Brak wymagań."),
    };
}
