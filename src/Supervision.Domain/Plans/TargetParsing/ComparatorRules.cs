namespace Supervision.Domain.Plans.TargetParsing;

/// <summary>
/// Reads comparator and kind from the words around a quantity: a bound after it (以上, 以内) wins,
/// otherwise the nearest verb before it in the clause (达到, 控制在, 较2015年降低 ...); a bare amount is atLeast.
/// </summary>
internal static class ComparatorRules
{
    private enum Sense { AtLeast, AtMost, Reduction }

    private static readonly (string Word, Sense Sense)[] Verbs =
    [
        .. Words(Sense.AtLeast, "达到", "达", "不低于", "不得低于", "不应低于", "不少于", "不得少于", "不小于", "高于", "大于",
            "超过", "提高到", "提高至", "提升到", "提升至", "增加到", "增加至", "增至", "增长到", "力争", "保持", "稳定在",
            "稳固在", "延伸至", "延伸到", "扩大到", "扩大至"),
        .. Words(Sense.AtMost, "不超过", "不得超过", "不高于", "不得高于", "不大于", "控制在", "控制到", "控制", "低于", "少于", "小于",
            "下降到", "下降至", "降低到", "降低至", "降到", "降至", "压减到", "压减至", "减少到", "减少至", "减至",
            "压缩到", "压缩至", "下降为", "降低为"),
        .. Words(Sense.Reduction, "降低", "下降", "减少", "压减", "削减", "压降"),
    ];

    public static (string Comparator, string Kind) Read(string text, Clause clause, Quantity quantity)
    {
        var sense = NearestVerb(text[clause.Start..quantity.Start])?.Sense;
        var kind = sense == Sense.Reduction ? "reduction" : "level";
        var comparator = quantity.Bound switch
        {
            "以上" => "atLeast",
            "以下" or "以内" => "atMost",
            "左右" => "equal", // "about 60%" names a point, neither a floor nor a ceiling
            _ => sense == Sense.AtMost ? "atMost" : "atLeast",
        };
        return (comparator, kind);
    }

    /// <summary>Where the verb governing a quantity starts in the text before it, or -1.</summary>
    public static int VerbStart(string before) => NearestVerb(before)?.Start ?? -1;

    // 达标 (up to standard) names a kind of thing (达标县), not the verb 达 (reach).
    private static readonly (string Word, char Next)[] NotVerbs = [("达", '标')];

    // The verb ending closest to the quantity; of two ending at the same place the longer (不低于 over 低于).
    private static (int Start, Sense Sense)? NearestVerb(string before)
    {
        (int End, int Length, Sense Sense)? best = null;
        foreach (var (word, sense) in Verbs)
        {
            var at = LastVerb(before, word);
            if (at < 0) continue;
            var candidate = (End: at + word.Length, word.Length, sense);
            if (best is null || candidate.End > best.Value.End || (candidate.End == best.Value.End && word.Length > best.Value.Length))
                best = candidate;
        }
        return best is { } found ? (found.End - found.Length, found.Sense) : null;
    }

    private static int LastVerb(string before, string word)
    {
        var at = before.LastIndexOf(word, StringComparison.Ordinal);
        while (at >= 0 && NotVerbs.Any(n => n.Word == word && at + word.Length < before.Length && before[at + word.Length] == n.Next))
            at = at == 0 ? -1 : before.LastIndexOf(word, at - 1, StringComparison.Ordinal);
        return at;
    }

    private static IEnumerable<(string, Sense)> Words(Sense sense, params string[] words) => words.Select(w => (w, sense));
}
