namespace YeastarPartner.Client.Models
{
    /// <summary>Which P3-P8 detail to ask for: the terms of a trial, a purchase or a renewal.</summary>
    public enum OfferingOperation
    {
        Purchase,
        Trial,
        Renew,
    }
}
