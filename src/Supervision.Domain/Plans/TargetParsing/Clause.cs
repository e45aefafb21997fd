namespace Supervision.Domain.Plans.TargetParsing;

/// <summary>A stretch of text between clause punctuation; 、 does not end a clause because it joins list items.</summary>
internal readonly record struct Clause(int Start, int End)
{
    private const string Delimiters = "，,；;。：:！!？?\n";

    public static Clause Around(string text, int position)
    {
        var start = position;
        while (start > 0 && !Delimiters.Contains(text[start - 1])) start--;
        var end = position;
        while (end < text.Length && !Delimiters.Contains(text[end])) end++;
        return new Clause(start, end);
    }

    public bool Contains(int position) => position >= Start && position < End;
}

/// <summary>Sentence bounds: 。；! ? and line breaks end a sentence, commas only end a clause.</summary>
internal static class Sentence
{
    private const string Ends = "。；;！!？?\n";

    public static int StartOf(string text, int position)
    {
        var start = position;
        while (start > 0 && !Ends.Contains(text[start - 1])) start--;
        return start;
    }

    public static string Before(string text, int position) => text[StartOf(text, position)..position];
}
