resource "azurerm_servicebus_namespace" "fulfillment" {
  name                = "contoso-fulfillment"
  location            = var.location
  resource_group_name = var.resource_group_name
  sku                 = "Standard"
}
