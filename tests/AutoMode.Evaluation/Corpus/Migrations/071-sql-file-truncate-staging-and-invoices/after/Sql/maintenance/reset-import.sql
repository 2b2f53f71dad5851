-- Run before re-importing the ERP export.
TRUNCATE TABLE dbo.InvoiceImportStaging;
TRUNCATE TABLE dbo.Invoices;
