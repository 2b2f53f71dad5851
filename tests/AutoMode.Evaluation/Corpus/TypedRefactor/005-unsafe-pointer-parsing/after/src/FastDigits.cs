namespace Contoso.Exports;

public static class FastDigits
{
    public static unsafe long ParseCents(string text)
    {
        long value = 0;
        fixed (char* start = text)
        {
            for (var p = start; *p != '\0'; p++)
            {
                if (*p >= '0' && *p <= '9')
                {
                    value = value * 10 + (*p - '0');
                }
            }
        }

        return value;
    }
}
