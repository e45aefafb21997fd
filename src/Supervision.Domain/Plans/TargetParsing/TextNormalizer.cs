using System.Text;

namespace Supervision.Domain.Plans.TargetParsing;

/// <summary>Maps full-width and superscript forms to ASCII one character for one, so offsets stay valid.</summary>
internal static class TextNormalizer
{
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                >= '０' and <= '９' => (char)(c - '０' + '0'),
                >= 'ａ' and <= 'ｚ' => (char)(c - 'ａ' + 'a'),
                >= 'Ａ' and <= 'Ｚ' => (char)(c - 'Ａ' + 'A'),
                '％' => '%',
                '．' => '.',
                '／' => '/',
                '³' => '3',
                '\r' => '\n',
                _ => c,
            });
        }
        return builder.ToString();
    }
}
