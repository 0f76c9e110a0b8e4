using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using YeastarPartner.Base;
using YeastarPartner.Client.Orders;

namespace YeastarPartner.Orders
{
    /// <summary>
    /// Input shaped wrong for every row: a CSV read with the wrong delimiter, a file without a serial-number
    /// column, or hashtables instead of objects. Decided once, on the first row's properties (not its values), so that a proper CSV with one empty
    /// cell stays that row's error while a wrong file is one clear answer instead of one error per row.
    /// </summary>
    internal static class InputShape
    {
        /// <summary>The property names that bind to -SerialNumber (the parameter and its aliases).</summary>
        public static readonly string[] SerialNumberNames =
            { "SerialNumber", SerialNumberAliases.SN, SerialNumberAliases.Serial, SerialNumberAliases.SerialNo, SerialNumberAliases.ProductNo, SerialNumberAliases.SerialNumberWithSpace };

        /// <summary>Delimiters that Import-Csv does not split on by default, with the ErrorId and the -Delimiter to type.</summary>
        private static readonly (char Delimiter, string ErrorId, string Name, string Argument)[] Delimiters =
        {
            (';', "InputLooksSemicolonSeparated", "semicolons", "';'"),
            ('\t', "InputLooksTabSeparated", "tabs", "\"`t\""),
            ('|', "InputLooksPipeSeparated", "'|' characters", "'|'"),
        };

        /// <summary>
        /// The problem with the first row's shape, or null. <paramref name="serialNumberNeeded"/> is asked only
        /// when the row has no serial-number property (and none was given on the command line).
        /// </summary>
        public static RowProblem? Check(PSObject? row, bool serialNumberOnCommandLine, Func<bool> serialNumberNeeded)
        {
            // PowerShell binds a piped object's properties, never a hashtable's keys: every value in it would be lost.
            if (row?.BaseObject is IDictionary dictionary)
                return new RowProblem("InputIsHashtable", "InputObject", string.Join(", ", dictionary.Keys.Cast<object>()),
                    $"the rows are hashtables (keys {string.Join(", ", dictionary.Keys.Cast<object>().Select(k => $"'{k}'"))}): PowerShell binds a piped object's properties, not a hashtable's keys, so none of their values would reach the order. Nothing was sent.",
                    "Make each row an object: [pscustomobject]@{ SerialNumber = '3631E0997265'; Plan = 'Enterprise' }, or use Import-Csv.");
            var names = PropertyNames(row);
            if (names == null) return null;
            if (names.Count == 1)
            {
                var header = names[0];
                foreach (var (delimiter, errorId, name, argument) in Delimiters)
                {
                    if (header.IndexOf(delimiter) < 0) continue;
                    return new RowProblem(errorId, "InputObject", header,
                        $"the CSV was read with the wrong delimiter: its columns are separated by {name}, so every row arrived as one column named '{Shorten(header)}'. Nothing was sent.",
                        $"Use Import-Csv -Delimiter {argument} (Excel saves semicolons where the comma is the decimal separator), or save the file as 'CSV UTF-8 (comma delimited)'.");
                }
            }
            if (serialNumberOnCommandLine || names.Any(n => SerialNumberNames.Contains(n, StringComparer.OrdinalIgnoreCase)) || !serialNumberNeeded()) return null;
            return new RowProblem("SerialNumberColumnMissing", "SerialNumber", string.Join(", ", names),
                $"the input has no serial number column: the rows have {string.Join(", ", names.Select(n => $"'{n}'"))}, and none of them is one of {string.Join(", ", SerialNumberNames)}. These orders act on existing devices and need their serial numbers. Nothing was sent.",
                "Rename the file's serial number column to SerialNumber (or one of the other names), or pass -SerialNumber.");
        }

        /// <summary>
        /// Whether the row's order needs a serial number (rule SerialNumberRequired), from its product and
        /// operation alone; a row whose product or operation cannot be read is left to its own error.
        /// </summary>
        public static bool NeedsSerialNumber(OrderRowInput input, OrderRowKind kind)
        {
            if (RowChecks.Operation(input.OperationText, kind.Operations, out var action) != null) return false;
            if (RowChecks.Count("ProductId", "product ID", input.ProductIdText, "", out var productId) != null) return false;
            var product = productId ?? kind.DefaultProductId;
            if (product == null) return false;
            var probe = new OrderSpec { Action = action, ProductId = product.Value, BillingId = 1 };
            probe.Items.Add(new OrderItemSpec { ServiceType = kind.IsPlan ? OrderWire.Plan : OrderWire.Service, ServiceId = 1 });
            return OrderBuilder.Build(probe).Problems.Any(p => p.Rule == OrderRule.SerialNumberRequired);
        }

        /// <summary>The names of a row's properties; null for a bare value (a string, a number) that has none of its own.</summary>
        private static IReadOnlyList<string>? PropertyNames(PSObject? row)
        {
            if (row == null || row.BaseObject is string || row.BaseObject.GetType().IsPrimitive) return null;
            var names = row.Properties.Select(p => p.Name).ToList();
            return names.Count == 0 ? null : names;
        }

        private static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 57) + "...";
    }
}
