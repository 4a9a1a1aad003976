/// The tool's version; batch resume only trusts outputs written by the same version.
public enum KinerjaVersion {
    public static let current = "0.1.0"
}
