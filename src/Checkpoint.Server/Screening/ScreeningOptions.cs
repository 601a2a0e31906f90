using System.ComponentModel.DataAnnotations;

namespace Checkpoint.Server.Screening;

/// <summary>Decision thresholds on the 0..1 match score. Bound from the "Screening" section.</summary>
public sealed class ScreeningOptions : IValidatableObject
{
    public const string Section = "Screening";

    [Range(0.0, 1.0)]
    public double HitThreshold { get; set; } = 0.88;

    [Range(0.0, 1.0)]
    public double ReviewThreshold { get; set; } = 0.75;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ReviewThreshold > HitThreshold)
        {
            yield return new ValidationResult("ReviewThreshold must not exceed HitThreshold",
                [nameof(ReviewThreshold), nameof(HitThreshold)]);
        }
    }
}
