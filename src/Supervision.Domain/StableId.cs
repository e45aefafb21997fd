using System.Security.Cryptography;
using System.Text;

namespace Supervision.Domain;

/// <summary>
/// Name-based stream ids (RFC 4122 version 5 layout over SHA-1): the same plan, task number or unit always maps to
/// the same stream, which is what makes a re-import append only the differences.
/// </summary>
public static class StableId
{
    public static Guid For(string kind, string name)
    {
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes($"supervision:{kind}:{name}"));
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    public static Guid Plan(string planId) => For("plan", planId);

    public static Guid Task(string planId, string number) => For("task", $"{planId}#{number}");

    public static Guid Unit(string unitId) => For("unit", unitId);
}
