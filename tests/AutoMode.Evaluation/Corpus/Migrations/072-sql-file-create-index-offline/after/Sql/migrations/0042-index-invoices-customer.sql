CREATE NONCLUSTERED INDEX IX_Invoices_CustomerId_IssuedAt
    ON dbo.Invoices (CustomerId, IssuedAt)
    INCLUDE (Amount, PaidAt);
