using System.Runtime.CompilerServices;

namespace Contoso.Exports;

public static class RowCaster
{
    public static ExportRow AsRow(object value) => Unsafe.As<ExportRow>(value);
}
