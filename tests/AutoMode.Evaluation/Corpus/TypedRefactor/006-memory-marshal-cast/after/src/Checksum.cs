using System.Runtime.InteropServices;

namespace Contoso.Exports;

public static class Checksum
{
    public static int Compute(ReadOnlySpan<byte> data)
    {
        var words = MemoryMarshal.Cast<byte, int>(data[..(data.Length / 4 * 4)]);
        var sum = 0;
        foreach (var word in words)
        {
            sum ^= word;
        }

        return sum;
    }
}
