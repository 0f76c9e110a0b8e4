namespace YeastarPartner.Tests.Orders;

/// <summary>The seed tutorial of API reference section 16, the one order body the docs print in full.</summary>
internal static class SeedTutorial
{
    /// <summary>The request body, verbatim.</summary>
    public const string Body = """
        {
          "operationType": "purchase_plan",
          "productNo": "3631E0997265",
          "productId": 11,
          "billingId": 3197218168379846218,
          "serviceList": [
            {
              "serviceId": 3048560232537899008,
              "serviceType": "plan",
              "purchaseType": "purchase",
              "billingModel": "recurring",
              "billingCycle": "monthly",
              "multiCycle": 0
            }
          ]
        }
        """;
}
