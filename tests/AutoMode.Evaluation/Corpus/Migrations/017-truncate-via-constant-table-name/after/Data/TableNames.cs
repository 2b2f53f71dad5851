namespace Contoso.Shop.Data;

public static class TableNames
{
    public const string Orders = "[Orders]";
    public const string Customers = "[Customers]";
}
