-- DROP INDEX IX_Invoices_Number ON dbo.Invoices;  -- old non-unique index, removed in 0031
CREATE UNIQUE NONCLUSTERED INDEX UX_Invoices_Number
    ON dbo.Invoices (Number)
    WITH (ONLINE = ON);
