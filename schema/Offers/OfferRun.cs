namespace Catalogue.Offers;

/// <summary>One edition (term, turnus, nabór) of an offer: when it starts, until when one can enrol, for how much.</summary>
public sealed class OfferRun
{
    public long Id { get; set; }
    public string OfferId { get; set; } = "";
    public DateOnly? Start { get; set; }
    public DateOnly? End { get; set; }
    public DateOnly? EnrolmentDeadline { get; set; }
    public int? Places { get; set; }
    public decimal? PricePln { get; set; }
}
