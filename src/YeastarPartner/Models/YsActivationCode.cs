using System;
using YeastarPartner.Client.Catalog;
using YeastarPartner.Client.Models;

namespace YeastarPartner.Models
{
    /// <summary>R7: the activation code of a P-Series Software Edition license.</summary>
    public sealed class YsActivationCode
    {
        internal YsActivationCode(int productId, string serialNumber, ActivationCode code)
        {
            ProductId = productId;
            SerialNumber = serialNumber;
            Code = code.Code;
            GenerateTime = ApiTime.FromEpoch(code.GenerateTime);
            GenerateTimeRaw = code.GenerateTime;
        }

        public int ProductId { get; }
        public string SerialNumber { get; }
        public string? Code { get; }
        /// <summary>When the code was generated (the API's number read as epoch milliseconds above 10^12, else seconds).</summary>
        public DateTimeOffset? GenerateTime { get; }
        /// <summary>generateTime as the API sent it, for when its unit is in doubt.</summary>
        public long? GenerateTimeRaw { get; }

        public override string ToString() => $"{SerialNumber}: {Code}";
    }
}
