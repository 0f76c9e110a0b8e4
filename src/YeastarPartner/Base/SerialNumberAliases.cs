namespace YeastarPartner.Base
{
    /// <summary>The names a serial number goes by in CSV files and API objects; every -SerialNumber takes them all.</summary>
    internal static class SerialNumberAliases
    {
        public const string SN = "SN";
        public const string Serial = "Serial";
        public const string SerialNo = "SerialNo";
        public const string ProductNo = "ProductNo";
        public const string SerialNumberWithSpace = "Serial Number";
    }
}
