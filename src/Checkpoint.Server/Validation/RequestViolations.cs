using System.Diagnostics.CodeAnalysis;
using Checkpoint.Core.Watchlist;
using Google.Rpc;
using Grpc.Core;

namespace Checkpoint.Server.Validation;

/// <summary>
/// Collects every invalid field of a request, then fails the call with INVALID_ARGUMENT: the status message
/// names the fields (readable by any client) and a google.rpc.BadRequest detail lists each one.
/// </summary>
public sealed class RequestViolations
{
    private readonly List<BadRequest.Types.FieldViolation> _violations = [];

    public bool Any => _violations.Count > 0;

    public void Add(string field, string description) =>
        _violations.Add(new BadRequest.Types.FieldViolation { Field = field, Description = description });

    /// <summary>Adds domain rule problems, their field paths put under <paramref name="prefix"/>.</summary>
    public void AddAll(IEnumerable<FieldProblem> problems, string prefix = "")
    {
        foreach (var problem in problems)
        {
            Add(prefix.Length == 0 ? problem.Field : $"{prefix}.{problem.Field}", problem.Description);
        }
    }

    public void ThrowIfAny()
    {
        if (Any)
        {
            Throw(_violations);
        }
    }

    /// <summary>Fails the call for a single bad field.</summary>
    [DoesNotReturn]
    public static void Throw(string field, string description)
    {
        var violations = new RequestViolations();
        violations.Add(field, description);
        Throw(violations._violations);
    }

    [DoesNotReturn]
    private static void Throw(List<BadRequest.Types.FieldViolation> violations)
    {
        // Keep the message short even for a thousand bad entries; the detail carries them all.
        var shown = violations.Take(5).Select(v => $"{v.Field}: {v.Description}");
        var more = violations.Count > 5 ? $" (and {violations.Count - 5} more)" : "";
        var badRequest = new BadRequest();
        badRequest.FieldViolations.AddRange(violations);
        var status = new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = "Invalid request: " + string.Join("; ", shown) + more,
            Details = { Google.Protobuf.WellKnownTypes.Any.Pack(badRequest) },
        };
        throw status.ToRpcException();
    }
}
