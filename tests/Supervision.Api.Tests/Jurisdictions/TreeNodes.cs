using System.Text.Json;

namespace Supervision.Api.Tests.Jurisdictions;

/// <summary>Finds a jurisdiction in the tree GET /api/jurisdictions answers, wherever it hangs.</summary>
public static class TreeNodes
{
    public static JsonElement Node(JsonElement tree, string code) =>
        Find(tree.GetProperty("jurisdictions"), code) ?? throw new ShouldAssertException($"{code} is not in the tree");

    private static JsonElement? Find(JsonElement nodes, string code)
    {
        foreach (var node in nodes.EnumerateArray())
        {
            if (node.GetProperty("code").GetString() == code) return node;
            if (Find(node.GetProperty("children"), code) is { } below) return below;
        }
        return null;
    }
}
