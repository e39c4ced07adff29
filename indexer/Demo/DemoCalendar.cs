using Catalogue.Offers;

namespace Catalogue.Indexer.Demo;

/// <summary>
/// Dates of the demo, all relative to <c>today</c> so the catalogue always looks current: every offer gets a run that
/// starts within the next twelve months, with the rhythm of the real region (school year, academic year, courses).
/// </summary>
internal sealed class DemoCalendar(DateOnly today, Random random)
{
    public DateOnly Today => today;

    /// <summary>The last day a run may start and still count as "within the next twelve months".</summary>
    public DateOnly Horizon => today.AddMonths(12);

    /// <summary>
    /// The next school year: 1 September, or the following Monday when 1 September falls on a Friday or a weekend
    /// (the rule of the Polish school calendar).
    /// </summary>
    public DateOnly SchoolYearStart()
    {
        var start = NextOnOrAfter(9, 1);
        return start.DayOfWeek switch
        {
            DayOfWeek.Friday => start.AddDays(3),
            DayOfWeek.Saturday => start.AddDays(2),
            DayOfWeek.Sunday => start.AddDays(1),
            _ => start,
        };
    }

    /// <summary>The next academic year: 1 October.</summary>
    public DateOnly AcademicYearStart() => NextOnOrAfter(10, 1);

    /// <summary>The winter intake of courses for adults (KKZ): the first Saturday of February.</summary>
    public DateOnly WinterIntakeStart()
    {
        var start = NextOnOrAfter(2, 1);
        while (start.DayOfWeek != DayOfWeek.Saturday) start = start.AddDays(1);
        return start <= Horizon ? start : SchoolYearStart();
    }

    /// <summary>The next summer semester of postgraduate studies: a weekend in late February or early March.</summary>
    public DateOnly SpringSemesterStart()
    {
        var start = NextOnOrAfter(2, 20).AddDays(random.Next(0, 14));
        while (start.DayOfWeek != DayOfWeek.Saturday) start = start.AddDays(1);
        // Late in February the next spring edition is a year away; the October edition is then the nearer one.
        return start <= Horizon ? start : AcademicYearStart();
    }

    /// <summary>A course start between <paramref name="minDays"/> and <paramref name="maxDays"/> from today, on a Monday or a Saturday.</summary>
    public DateOnly CourseStart(int minDays = 10, int maxDays = 330, bool weekend = false)
    {
        var start = today.AddDays(random.Next(minDays, maxDays));
        var day = weekend ? DayOfWeek.Saturday : DayOfWeek.Monday;
        while (start.DayOfWeek != day) start = start.AddDays(1);
        return start;
    }

    /// <summary>
    /// An enrolment deadline some days before the start, never in the past when the start allows it: a demo with closed
    /// enrolment everywhere would look abandoned.
    /// </summary>
    public DateOnly Deadline(DateOnly start, int minDaysBefore, int maxDaysBefore)
    {
        var deadline = start.AddDays(-random.Next(minDaysBefore, maxDaysBefore + 1));
        if (deadline >= today) return deadline;
        var room = start.DayNumber - today.DayNumber;
        return room > 1 ? today.AddDays(Math.Max(1, room / 2)) : start.AddDays(-1);
    }

    /// <summary>End of a school programme: the last Friday of April in the matura year, else the last Friday of June.</summary>
    public static DateOnly SchoolEnd(DateOnly start, int years, bool endsWithMatura) =>
        LastFriday(start.Year + years, endsWithMatura ? 4 : 6);

    /// <summary>Last day of classes of a semester-based programme: the end of a winter (February) or summer (June) semester.</summary>
    public static DateOnly SemestersEnd(DateOnly start, int semesters)
    {
        var end = start.AddMonths(semesters * 6);
        return end.Month <= 5 ? new DateOnly(end.Year, 2, 28) : new DateOnly(end.Year, 6, 30);
    }

    /// <summary>The runs of a course: the first start, then further editions every few months.</summary>
    public IReadOnlyList<DateOnly> Editions(DateOnly first, int count, bool weekend = false)
    {
        var starts = new List<DateOnly> { first };
        for (var i = 1; i < count; i++)
        {
            var next = starts[^1].AddDays(random.Next(45, 120));
            var day = weekend ? DayOfWeek.Saturday : DayOfWeek.Monday;
            while (next.DayOfWeek != day) next = next.AddDays(1);
            starts.Add(next);
        }
        return starts;
    }

    public static RunDraft Run(DateOnly start, DateOnly end, DateOnly deadline, int places, decimal? price) =>
        new(start, end, deadline, places, price);

    private DateOnly NextOnOrAfter(int month, int day)
    {
        var candidate = new DateOnly(today.Year, month, day);
        return candidate >= today ? candidate : candidate.AddYears(1);
    }

    private static DateOnly LastFriday(int year, int month)
    {
        var day = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        while (day.DayOfWeek != DayOfWeek.Friday) day = day.AddDays(-1);
        return day;
    }
}
