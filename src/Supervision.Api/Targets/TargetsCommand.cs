using JasperFx.CommandLine;
using Supervision.Domain.Plans.TargetParsing;

namespace Supervision.Api.Targets;

public sealed class TargetsInput
{
    [Description("parse")]
    public string Action { get; set; } = "parse";
}

[Description("Parse Chinese target sentences: one per line on stdin, one JSON object per line on stdout", Name = "targets")]
public sealed class TargetsCommand : JasperFxCommand<TargetsInput>
{
    public override bool Execute(TargetsInput input)
    {
        if (input.Action != "parse")
        {
            Console.Error.WriteLine("Usage: ./supervise targets parse < sentences.txt");
            return false;
        }
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        while (Console.In.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            Console.Out.WriteLine(TargetParser.ToJsonLine(line, TargetParser.Parse(line)));
        }
        return true;
    }
}
