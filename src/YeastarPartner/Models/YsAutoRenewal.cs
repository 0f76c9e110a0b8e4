namespace YeastarPartner.Models
{
    /// <summary>Whether a purchased product renews automatically (O4), or what Enable-YsAutoRenewal switched on (R3).</summary>
    public sealed class YsAutoRenewal
    {
        internal YsAutoRenewal(int productId, string serialNumber, bool autoRenew, long? planOrServiceId = null)
        {
            ProductId = productId;
            SerialNumber = serialNumber;
            AutoRenew = autoRenew;
            PlanOrServiceId = planOrServiceId;
        }

        public int ProductId { get; }
        public string SerialNumber { get; }
        public bool AutoRenew { get; }
        /// <summary>Set when this object reports an Enable-YsAutoRenewal call.</summary>
        public long? PlanOrServiceId { get; }

        public override string ToString() => $"{SerialNumber}: auto-renew {(AutoRenew ? "on" : "off")}";
    }
}
