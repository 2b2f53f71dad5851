GRANT SELECT, UPDATE ON dbo.Invoices TO reporting_role;
