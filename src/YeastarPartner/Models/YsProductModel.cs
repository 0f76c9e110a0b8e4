namespace YeastarPartner.Models
{
    /// <summary>R4: the hardware model of an Appliance Edition or S-Series PBX.</summary>
    public sealed class YsProductModel
    {
        internal YsProductModel(int productId, string serialNumber, string? model)
        {
            ProductId = productId;
            SerialNumber = serialNumber;
            Model = model;
        }

        public int ProductId { get; }
        public string SerialNumber { get; }
        public string? Model { get; }

        public override string ToString() => $"{SerialNumber}: {Model}";
    }
}
