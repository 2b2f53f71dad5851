-- Monthly revenue per currency, used by the finance export.
SELECT
    DATEFROMPARTS(YEAR(IssuedAt), MONTH(IssuedAt), 1) AS [Month],
    Currency,
    SUM(Amount) AS Revenue,
    COUNT(*) AS Invoices
FROM dbo.Invoices
WHERE PaidAt IS NOT NULL
GROUP BY DATEFROMPARTS(YEAR(IssuedAt), MONTH(IssuedAt), 1), Currency
ORDER BY [Month], Currency;
