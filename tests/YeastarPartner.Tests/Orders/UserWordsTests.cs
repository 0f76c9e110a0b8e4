using System.Text.RegularExpressions;
using YeastarPartner.Client.Orders;
using YeastarPartner.Orders;

namespace YeastarPartner.Tests.Orders;

/// <summary>
/// Row errors speak the user's words (billing contact, serial number, plan) with the row number; the API's field
/// names stay in the error's details.
/// </summary>
public sealed class UserWordsTests
{
    /// <summary>The O1 body's field names that are not also the user's words (quantity is both): what a message in the user's words does not say.</summary>
    private static readonly Regex WireField = new(@"\b(billingId|productNo|serviceList|serviceId|multiCycle|billingCycle|billingModel|purchaseType|orderPceSpecialRequest|connectionPlanId|partnerId|purchase_plan|renew_plan|switch_plan|trial_plan)\b");

    private static IEnumerable<string> Rules() =>
        typeof(OrderRule).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

    [Fact]
    public void Every_rule_is_told_without_the_wires_field_names()
    {
        foreach (var rule in Rules())
        {
            // The client's own message, as it speaks of the wire, must not leak through.
            var problem = new OrderProblem(rule, "serviceList[0].multiCycle", 2, "multiCycle must be 0 for billingId.", expected: 1L);
            var words = RuleFixes.Problem(problem);
            Assert.DoesNotMatch(WireField, words);
            Assert.Contains("multiCycle", RuleFixes.Detail(problem));
        }
    }

    [Fact]
    public void A_missing_serial_number_is_said_as_such_with_the_row_number_and_the_wire_field_in_the_details()
    {
        var input = new OrderRowInput { OperationText = "Renew", Plan = "Enterprise", BillingContactId = "3197218168379846218" };

        OrderRowFactory.Create(input, OrderRowKind.Plan, (_, _) => PlanNames.Published(11), out var problem);

        Assert.NotNull(problem);
        var record = problem!.ToErrorRecord(4, null, input);
        Assert.Equal("SerialNumberRequired", record.FullyQualifiedErrorId);
        Assert.StartsWith("Row 4: no serial number is given", record.ErrorDetails.Message);
        Assert.DoesNotMatch(WireField, record.ErrorDetails.Message);
        Assert.Contains("productNo", record.Exception.Message);
    }

    [Fact]
    public void A_refusal_of_the_Partner_Portal_names_the_billing_contact_not_billingId()
    {
        var words = WireWords.Translate("billingId must be a billing contact of this account (a JSON integer).");

        Assert.Equal("the billing contact (-BillingContactId) must be a billing contact of this account (a JSON integer).", words);
    }
}
