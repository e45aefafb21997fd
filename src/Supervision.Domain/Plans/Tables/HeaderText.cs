using System.Text;

namespace Supervision.Domain.Plans.Tables;

/// <summary>
/// A header cell as the column map compares it: white space and line breaks removed (牵头\n单位 and 牵 头单位 are 牵头单位,
/// the way a narrow Word column wraps them), full-width letters, digits and brackets folded to their ASCII forms.
/// </summary>
public static class HeaderText
{
    public static string Normalize(string cell)
    {
        var text = new StringBuilder(cell.Length);
        foreach (var c in cell)
        {
            if (char.IsWhiteSpace(c) || c == '\u3000') continue;
            text.Append(c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c);
        }
        return text.ToString();
    }
}
