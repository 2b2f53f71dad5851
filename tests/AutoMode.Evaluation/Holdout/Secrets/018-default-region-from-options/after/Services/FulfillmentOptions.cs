namespace Contoso.Fulfillment.Services;

public sealed class FulfillmentOptions
{
    public const string SectionName = "Fulfillment";

    public string OrdersQueue { get; set; } = "orders-placed";

    public string ShipmentsTopic { get; set; } = "shipments";

    public int MaxConcurrentCalls { get; set; } = 4;

    public string DefaultRegion { get; set; } = "eu-west";
}
