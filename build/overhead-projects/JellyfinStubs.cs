// Stand-ins for the two packages jellyfin uses that are not served here (only what Jellyfin.Extensions calls).
namespace Diacritics.Extensions
{
    public static class StringExtensions
    {
        public static string RemoveDiacritics(string text) => text;
        public static bool HasDiacritics(string text) => false;
    }
}

namespace ICU4N.Text
{
    public class Transliterator
    {
        public static Transliterator GetInstance(string id) => new Transliterator();
        public string Transliterate(string text) => text;
    }
}

namespace MediaBrowser.Model
{
    // The MimeTypes source package (not served) generates this class into the project.
    internal static class MimeTypes
    {
        public static bool TryGetMimeType(string fileName, out string? mimeType)
        {
            mimeType = null;
            return false;
        }

        public static global::System.Collections.Generic.IEnumerable<string> GetMimeTypeExtensions(string mimeType) => global::System.Array.Empty<string>();
    }
}
